package io.github.tlscompat.cli.report;

import io.github.tlscompat.core.algebra.Matrix;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Warning;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SecurityGrade;
import java.util.Locale;

/**
 * How one outcome reads in the report: the short text in its cell, the CSS class that colours it,
 * and the full account a person sees on hover or focus. The cell text never relies on colour: a
 * connected cell shows the version and a grade symbol, a refused one a cross and the reason.
 */
final class OutcomeText {
  private OutcomeText() {}

  /** The CSS class of a refused cell. */
  static final String REFUSED_CLASS = "refused";

  /** E.g. {@code 1.2 ✓} or {@code ✗ ver}. */
  static String label(Negotiation outcome) {
    if (outcome instanceof Connected c) return shortVersion(c.version()) + " " + symbol(c.cipherSuite().grade());
    return "\u2717 " + abbreviation(((Refused) outcome).reason());
  }

  /** {@code refused}, or {@code ok-} and the grade of the negotiated suite, e.g. {@code ok-weak}. */
  static String cssClass(Negotiation outcome) {
    return outcome instanceof Connected c ? gradeClass(c.cipherSuite().grade()) : REFUSED_CLASS;
  }

  static String gradeClass(SecurityGrade grade) {
    return "ok-" + grade.name().toLowerCase(Locale.ROOT);
  }

  /** The symbol after the version: the grade of the suite, in text as well as in colour. */
  static String symbol(SecurityGrade grade) {
    return switch (grade) {
      case RECOMMENDED -> "\u2605"; // ★
      case SECURE -> "\u2713";      // ✓
      case WEAK -> "\u26A0";        // ⚠
      case INSECURE -> "\u2620";    // ☠
    };
  }

  /** The grade in words, for the legend and the tooltip. */
  static String words(SecurityGrade grade) {
    return grade.name().toLowerCase(Locale.ROOT);
  }

  /** {@code 1.2} for TLS, {@code SSL3} for SSL: short enough for a narrow column. */
  static String shortVersion(ProtocolVersion version) {
    return switch (version) {
      case SSL_2_0 -> "SSL2";
      case SSL_3_0 -> "SSL3";
      case TLS_1_0 -> "1.0";
      case TLS_1_1 -> "1.1";
      case TLS_1_2 -> "1.2";
      case TLS_1_3 -> "1.3";
    };
  }

  /** A word or two for the cell; the legend spells each one out. */
  static String abbreviation(Refused.Reason reason) {
    return switch (reason) {
      case NO_SHARED_PROTOCOL_VERSION -> "ver";
      case HELLO_FORMAT_REJECTED -> "hello";
      case NO_SHARED_CIPHER_SUITE -> "suite";
      case NO_CIPHER_SUITE_FOR_CERTIFICATE -> "suite/cert";
      case NO_SHARED_GROUP -> "group";
      case NO_SHARED_SIGNATURE_SCHEME -> "sigalg";
      case SIGNATURE_FORBIDDEN_BY_LIBRARY -> "seclevel";
      case SNI_REQUIRED -> "sni";
      case CLIENT_CERTIFICATE_REQUIRED -> "client cert";
      case CERTIFICATE_SIGNATURE_UNSUPPORTED -> "cert hash";
      case CERTIFICATE_KEY_UNSUPPORTED -> "cert key";
      case WILDCARD_CERTIFICATE_UNSUPPORTED -> "wildcard";
      case DH_PARAMETERS_REJECTED -> "dh";
      case CERTIFICATE_ISSUER_UNTRUSTED -> "cert CA";
      case CLIENT_CERTIFICATE_ISSUER_UNTRUSTED -> "client CA";
    };
  }

  /** {@code NO_SHARED_PROTOCOL_VERSION} as {@code no shared protocol version}. */
  static String words(Refused.Reason reason) {
    return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Everything about the pair, one fact per line (not yet escaped). */
  static String tooltip(Matrix.Cell cell) {
    StringBuilder t = new StringBuilder();
    t.append(cell.client().id()).append(" \u2192 ").append(cell.server().id()).append('\n');
    if (cell.outcome() instanceof Connected c) {
      t.append("Connected: ").append(c.version().displayName()).append('\n');
      t.append("Suite: ").append(c.cipherSuite().ianaName()).append(" (").append(words(c.cipherSuite().grade()))
          .append(")\n");
      c.group().ifPresent(g -> t.append("Group: ").append(g).append('\n'));
      c.dhBits().ifPresent(bits -> t.append("DH: ").append(bits).append(" bits\n"));
      c.signatureScheme().ifPresent(s -> t.append("Signature: ").append(s).append('\n'));
      t.append("Certificate: ").append(c.certificate().map(Object::toString).orElse("none (anonymous suite)"))
          .append('\n');
      if (c.version() == ProtocolVersion.TLS_1_3) {
        t.append("HelloRetryRequest: ").append(c.helloRetryRequest() ? "yes" : "no").append('\n');
      }
      for (Warning warning : c.warnings()) t.append("Warning: ").append(warning.describe()).append('\n');
    } else {
      Refused r = (Refused) cell.outcome();
      t.append("Refused: ").append(r.reason()).append(" (").append(words(r.reason())).append(")\n");
      t.append("Stage: ").append(r.stage()).append('\n');
      t.append("Detail: ").append(r.detail()).append('\n');
    }
    t.setLength(t.length() - 1);
    return t.toString();
  }
}
