package io.github.tlscompat.cli;

import io.github.tlscompat.core.model.ClientLimits;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.profiles.ProfileInfo;
import io.github.tlscompat.profiles.ProfileJson;
import io.github.tlscompat.profiles.ProfileKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tls-compat profiles show}: every fact of one profile: where it comes from, what is
 * uncertain (notes, unconfirmed, assumed, partial), and what it offers or accepts.
 *
 * <p>{@code --format json} prints the profile file ({@link ProfileJson}), which the catalog reads
 * back to an equal profile; the other formats list the facts field by field. For a server,
 * {@code --as nginx|apache|openssl|jsse|reg} prints instead the configuration that gives its policy
 * ({@link ExportOptions}).
 *
 * @since 0.1.0
 */
@Command(
    name = "show",
    description = "Shows every fact of one profile: source, notes, what is unconfirmed or assumed,"
        + " and what it offers or accepts. --format json prints the profile file; --as, a server's"
        + " policy as configuration.")
public final class ProfilesShowCommand implements Callable<Integer> {

  /** One fact: its name and its values, shown on one line or one value per line. */
  private record Field(String name, List<String> values, boolean oneLine) {
    static Field of(String name, String value) {
      return new Field(name, value == null ? List.of() : List.of(value), true);
    }

    static Field line(String name, Collection<?> values) {
      return new Field(name, values.stream().map(Object::toString).toList(), true);
    }

    static Field block(String name, Collection<?> values) {
      return new Field(name, values.stream().map(Object::toString).toList(), false);
    }
  }

  @Spec
  CommandSpec spec;

  @Mixin
  CatalogOptions catalog;

  @Parameters(paramLabel = "ID|FILE", description = "The profile: an id or alias, a profile file,"
      + " or a server configuration file that tls-compat import reads.")
  String id;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin
  ExportOptions export;

  /** Creates the command; picocli calls this. */
  public ProfilesShowCommand() {}

  /**
   * Writes the profile's facts in the chosen format.
   *
   * @return {@link ExitCodes#OK}
   */
  @Override
  public Integer call() {
    export.checkNotWithFormat();
    catalog.load(id);
    ProfileInfo info = catalog.info("ID", id);
    Object profile = info.kind() == ProfileKind.CLIENT
        ? catalog.client("ID", info.id()) : catalog.server("ID", info.id());
    if (export.isSet()) {
      if (!(profile instanceof ServerPolicy server)) {
        throw catalog.invalid("--as", info.id() + " is a client; only a server policy is written as"
            + " configuration");
      }
      export.print(server);
      return ExitCodes.OK;
    }
    if (format == OutputFormat.json) {
      String json = profile instanceof ClientProfile c ? ProfileJson.toJson(c, info)
          : ProfileJson.toJson((ServerPolicy) profile, info);
      Console.print(spec, json.lines().toList());
      return ExitCodes.OK;
    }
    List<Field> fields = new ArrayList<>(infoFields(info));
    fields.addAll(profile instanceof ClientProfile c ? clientFields(c) : serverFields((ServerPolicy) profile));
    Console.print(spec, switch (format) {
      case text -> text(fields);
      case tsv -> tsv(fields);
      case markdown -> table(fields).lines();
      case html -> HtmlOutput.page(id, List.of(), table(fields));
      case json -> throw new AssertionError("handled above");
    });
    return ExitCodes.OK;
  }

  private static List<Field> infoFields(ProfileInfo i) {
    List<Field> fields = new ArrayList<>();
    fields.add(Field.of("id", i.id()));
    fields.add(Field.of("kind", i.kind().jsonName()));
    fields.add(Field.of("name", i.name()));
    fields.add(Field.line("aliases", i.aliases()));
    fields.add(Field.line("tags", i.tags().stream().sorted().toList()));
    fields.add(Field.of("extends", i.parent().orElse(null)));
    fields.add(Field.of("partial", Boolean.toString(i.partial())));
    fields.add(Field.line("assumed", i.assumed().stream().sorted().toList()));
    fields.add(Field.block("unconfirmed", i.unconfirmed()));
    fields.add(Field.block("notes", i.notes()));
    fields.add(Field.block("source", i.source()));
    fields.add(Field.line("fingerprints", i.fingerprints().entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue()).toList()));
    fields.add(Field.of("location", i.location()));
    return fields;
  }

  private static List<Field> clientFields(ClientProfile c) {
    List<Field> fields = new ArrayList<>();
    fields.add(Field.line("versions", c.versions().stream().map(ProtocolVersion::displayName).toList()));
    // Spelled as in profile files.
    fields.add(Field.of("helloFormat",
        c.helloFormat() == HelloFormat.SSL2_COMPATIBLE ? "sslv2-compatible" : "tls-record"));
    fields.add(Field.block("cipherSuites", c.cipherSuites()));
    fields.add(Field.line("groups", c.groups()));
    fields.add(Field.line("keyShares", c.keyShares()));
    fields.add(Field.line("signatureAlgorithms", c.signatureAlgorithms()));
    fields.add(Field.line("signatureAlgorithmsCert", c.signatureAlgorithmsCert()));
    fields.add(Field.line("extensions", c.extensions()));
    fields.add(Field.of("sni", Boolean.toString(c.sendsSni())));
    fields.add(Field.of("clientCertificate", c.clientCertificate().map(Object::toString).orElse(null)));
    // Shown only when modelled, so that the profiles without them read as before.
    if (!c.trustedIssuers().isEmpty()) fields.add(Field.block("trustedIssuers", c.trustedIssuers()));
    fields.add(Field.line("limits", limits(c.limits())));
    return fields;
  }

  private static List<String> limits(ClientLimits l) {
    List<String> parts = new ArrayList<>();
    l.minDhBits().ifPresent(bits -> parts.add("minDhBits=" + bits));
    l.maxDhBits().ifPresent(bits -> parts.add("maxDhBits=" + bits));
    l.minRsaBits().ifPresent(bits -> parts.add("minRsaBits=" + bits));
    l.maxRsaBits().ifPresent(bits -> parts.add("maxRsaBits=" + bits));
    l.minEcdsaBits().ifPresent(bits -> parts.add("minEcdsaBits=" + bits));
    if (!l.certificateSignatureHashes().isEmpty()) {
      parts.add("certificateSignatureHashes=" + String.join("/", l.certificateSignatureHashes().stream()
          .map(h -> h.name().toLowerCase(Locale.ROOT)).toList()));
    }
    if (!l.acceptsWildcardCertificates()) parts.add("wildcardCertificates=false");
    return parts;
  }

  private static List<Field> serverFields(ServerPolicy s) {
    List<Field> fields = new ArrayList<>();
    fields.add(Field.line("versions", s.versions().stream().map(ProtocolVersion::displayName).toList()));
    fields.add(Field.block("cipherSuites", s.cipherSuites()));
    fields.add(Field.of("serverPreference", Boolean.toString(s.serverPreference())));
    fields.add(Field.line("groups", s.groups()));
    fields.add(Field.line("signatureSchemes", s.signatureSchemes()));
    fields.add(Field.line("certificates", s.certificates()));
    fields.add(Field.of("dhBits", Integer.toString(s.dhBits())));
    fields.add(Field.of("requiresSni", Boolean.toString(s.requiresSni())));
    fields.add(Field.of("fallbackCertificate", s.fallbackCertificate().map(Object::toString).orElse(null)));
    fields.add(Field.of("requiresClientCertificate", Boolean.toString(s.requiresClientCertificate())));
    if (!s.trustedIssuers().isEmpty()) fields.add(Field.block("trustedIssuers", s.trustedIssuers()));
    // A habit that is on by default is shown either way; the others are listed when the server has them.
    for (ServerHabit habit : ServerHabit.values()) {
      if (habit.isDefault()) fields.add(Field.of(habit.jsonName(), Boolean.toString(s.has(habit))));
    }
    fields.add(Field.line("habits", habits(s)));
    // Shown only when known, so that the profiles without one read as before.
    s.library().ifPresent(l -> fields.add(Field.of("library", l.toString())));
    return fields;
  }

  /** The habits, off by default, that the server has, by their profile field names (docs/profile-format.md). */
  private static List<String> habits(ServerPolicy s) {
    List<String> habits = new ArrayList<>();
    for (ServerHabit habit : ServerHabit.values()) {
      if (!habit.isDefault() && s.has(habit)) habits.add(habit.jsonName());
    }
    return habits;
  }

  /** {@code name: a, b} for short facts; {@code name:} then one indented value per line for long ones. */
  private static List<String> text(List<Field> fields) {
    int width = fields.stream().filter(Field::oneLine).mapToInt(f -> f.name().length()).max().orElse(0) + 2;
    List<String> lines = new ArrayList<>();
    for (Field f : fields) {
      String label = f.name() + ":";
      if (f.oneLine() || f.values().isEmpty()) {
        String value = f.values().isEmpty() ? Tsv.ABSENT : String.join(", ", f.values());
        lines.add(label + " ".repeat(Math.max(1, width - label.length())) + value);
      } else {
        lines.add(label);
        f.values().forEach(v -> lines.add("  " + v));
      }
    }
    return lines;
  }

  /** {@code field}, {@code value}: one row per value, the field repeated; {@code -} when there is none. */
  private static List<String> tsv(List<Field> fields) {
    List<String> lines = new ArrayList<>();
    lines.add("field\tvalue");
    for (Field f : fields) {
      if (f.values().isEmpty()) lines.add(Tsv.line(f.name(), null));
      f.values().forEach(v -> lines.add(Tsv.line(f.name(), v)));
    }
    return lines;
  }

  private static MarkdownTable table(List<Field> fields) {
    MarkdownTable table = new MarkdownTable("field", "value");
    for (Field f : fields) {
      String value = f.values().isEmpty() ? Tsv.ABSENT
          : String.join(f.oneLine() ? ", " : "<br>", f.values());
      table.row(f.name(), value);
    }
    return table;
  }
}
