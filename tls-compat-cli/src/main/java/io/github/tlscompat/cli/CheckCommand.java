package io.github.tlscompat.cli;

import io.github.tlscompat.core.algebra.Matrix.Cell;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.profiles.ProfileInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tls-compat check}: predicts one handshake, client against server, and says why.
 *
 * <p>The text output starts with the outcome ({@code CONNECTED TLSv1.0
 * TLS_RSA_WITH_3DES_EDE_CBC_SHA} or {@code REFUSED NO_SHARED_CIPHER_SUITE}), followed by the
 * details: for a refusal the explanation and the stage where the handshake stops, for a connection
 * what else was agreed and the warnings. TSV, JSON and Markdown write the pair as {@code simulate}
 * and {@code matrix} do. The exit code is {@link ExitCodes#EXPECTATION_FAILED} when the client is
 * refused.
 *
 * @since 0.1.0
 */
@Command(
    name = "check",
    description = "Predicts one handshake: whether the client connects to the server, with which"
        + " version and suite, or why not. Exits with 1 when the client is refused.")
public final class CheckCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  PairOptions pair;

  @Mixin
  BaseOptions base;

  @Mixin
  CatalogOptions catalog;

  /** Creates the command; picocli calls this. */
  public CheckCommand() {}

  /**
   * Negotiates the pair and writes the outcome in the chosen format.
   *
   * @return {@link ExitCodes#OK} if the client connects, {@link ExitCodes#EXPECTATION_FAILED} if not
   */
  @Override
  public Integer call() {
    base.applyTo(catalog);
    Cell cell = pair.negotiate(catalog);
    Console.print(spec, switch (pair.format) {
      case text -> text(cell);
      case tsv -> Outcomes.tsv(List.of(cell));
      case json -> Json.pretty(Outcomes.json(cell));
      case markdown -> markdown(cell);
      case html -> HtmlOutput.report(catalog, List.of(cell.client()), List.of(cell.server()),
          cell.client().id() + " against " + cell.server().id());
    });
    return cell.outcome().isConnected() ? ExitCodes.OK : ExitCodes.EXPECTATION_FAILED;
  }

  private List<String> text(Cell cell) {
    List<String> lines = new ArrayList<>();
    Negotiation n = cell.outcome();
    if (n instanceof Connected c) {
      lines.add(Outcomes.CONNECTED + " " + c.version().displayName() + " " + c.cipherSuite().ianaName());
      lines.add("  client: " + cell.client().id() + " (" + cell.client().name() + ")");
      lines.add("  server: " + cell.server().id() + " (" + cell.server().name() + ")");
      c.group().ifPresent(g -> lines.add("  group: " + g.ianaName()));
      c.dhBits().ifPresent(bits -> lines.add("  DH prime: " + bits + " bits"));
      c.signatureScheme().ifPresent(s -> lines.add("  signature: " + s.ianaName()));
      c.certificate().ifPresent(cert -> lines.add("  certificate: " + cert));
      if (c.helloRetryRequest()) lines.add("  after a HelloRetryRequest");
      c.warnings().forEach(w -> lines.add("  warning: " + w.describe()));
    } else {
      Refused r = (Refused) n;
      lines.add(Outcomes.REFUSED + " " + r.reason().name());
      lines.add("  detail: " + r.detail());
      lines.add("  stage: " + r.stage().name());
      lines.add("  client: " + cell.client().id() + " (" + cell.client().name() + ")");
      lines.add("  server: " + cell.server().id() + " (" + cell.server().name() + ")");
      lines.add("  remedy: tls-compat remedy --client " + pair.client + " --server " + pair.server
          + (base.base == null ? "" : " --base " + base.base));
    }
    uncertainty(cell.client().id()).ifPresent(lines::add);
    uncertainty(cell.server().id()).ifPresent(lines::add);
    return lines;
  }

  /**
   * A note when a profile's facts are partial, assumed or unconfirmed, which may change the outcome:
   * {@code note: LPE-CE6 assumes cipherSuites, 4 points unconfirmed (tls-compat profiles show LPE-CE6)}.
   */
  private Optional<String> uncertainty(String id) {
    return catalog.infoOf(id).filter(ProfileInfo::hasUncertainty).map(info -> {
      List<String> parts = new ArrayList<>();
      if (info.partial()) parts.add("is partial");
      if (!info.assumed().isEmpty()) {
        parts.add("assumes " + String.join(", ", info.assumed().stream().sorted().toList()));
      }
      if (!info.unconfirmed().isEmpty()) {
        parts.add(info.unconfirmed().size() + (info.unconfirmed().size() == 1 ? " point" : " points")
            + " unconfirmed");
      }
      return "  note: " + info.id() + " " + String.join(", ", parts) + " (tls-compat profiles show "
          + info.id() + ")";
    });
  }

  private List<String> markdown(Cell cell) {
    List<String> lines = new ArrayList<>(Outcomes.markdown(List.of(cell)).lines());
    if (cell.outcome() instanceof Refused r) {
      lines.add("");
      lines.add("> " + MarkdownTable.escape(r.detail()) + " (stage " + r.stage().name() + ")");
    }
    return lines;
  }
}
