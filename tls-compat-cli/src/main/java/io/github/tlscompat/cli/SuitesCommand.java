package io.github.tlscompat.cli;

import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SecurityGrade;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code tls-compat suites}: lists the cipher suite registry, one suite per line, in
 * {@link CipherSuite} order (TLS suites by code point, then the SSL 2.0 cipher kinds), like
 * {@code openssl ciphers -V}.
 *
 * <p>The TSV and JSON outputs have the same columns, in the same order, under the same keys; they
 * are for scripts, so a column, once added, keeps its key and its meaning. The text output is for
 * people and may change.
 *
 * @since 0.1.0
 */
@Command(
    name = "suites",
    description = "Lists the cipher suite registry like `openssl ciphers -V`: TLS suites by code"
        + " point, then the SSL 2.0 cipher kinds.")
public final class SuitesCommand implements Callable<Integer> {

  /** One output column: its TSV header and JSON key, and its value, or null when absent. */
  private record Column(String key, Function<CipherSuite, Object> value) {}

  private static final List<Column> COLUMNS = List.of(
      new Column("code", CipherSuite::codeString),
      new Column("iana_name", CipherSuite::ianaName),
      new Column("openssl_name", s -> s.openSslName().orElse(null)),
      new Column("jsse_name", CipherSuite::jsseName),
      new Column("key_exchange", s -> s.keyExchange().name()),
      new Column("authentication", s -> s.authentication().name()),
      new Column("cipher", s -> s.cipher().ianaName()),
      new Column("key_bits", s -> s.cipher().keyBits()),
      new Column("effective_bits", s -> s.cipher().effectiveBits()),
      new Column("mac", s -> s.mac().name()),
      new Column("prf_hash", s -> s.prfHash().name()),
      new Column("min_version", s -> displayName(s.minVersion(), null)),
      new Column("max_version", s -> displayName(s.maxVersion(), null)),
      new Column("aead", CipherSuite::isAead),
      new Column("forward_secret", CipherSuite::isForwardSecret),
      new Column("export", CipherSuite::isExport),
      new Column("anonymous", CipherSuite::isAnonymous),
      new Column("null_cipher", CipherSuite::isNullCipher),
      new Column("registered", CipherSuite::isRegistered),
      new Column("grade", SuitesCommand::gradeName));

  /** What TSV and text write for an absent value; JSON writes {@code null}. */
  private static final String ABSENT = "-";

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--grade", paramLabel = "GRADE",
      description = "Only suites with this grade: insecure, weak, secure or recommended.")
  SecurityGrade grade;

  @Option(names = "--protocol", paramLabel = "VERSION", converter = ProtocolVersionConverter.class,
      description = "Only suites that can be negotiated in this version: SSLv2, SSLv3, TLSv1.0,"
          + " TLSv1.1, TLSv1.2 or TLSv1.3.")
  ProtocolVersion protocol;

  /** Creates the command; picocli calls this. */
  public SuitesCommand() {}

  /**
   * Writes the suites that pass the filters to standard output in the chosen format.
   *
   * @return {@link ExitCodes#OK}
   */
  @Override
  public Integer call() {
    List<CipherSuite> suites = Arrays.stream(CipherSuite.values())
        .filter(s -> grade == null || s.grade() == grade)
        .filter(s -> protocol == null || s.isValidIn(protocol))
        .toList();
    PrintWriter out = spec.commandLine().getOut();
    // '\n', not println: TSV and JSON are data and must not change with the platform.
    for (String line : render(suites)) out.print(line + '\n');
    out.flush();
    return ExitCodes.OK;
  }

  private List<String> render(List<CipherSuite> suites) {
    return switch (format) {
      case text -> text(suites);
      case tsv -> tsv(suites);
      case json -> json(suites);
      case markdown -> table(suites).lines();
      case html -> HtmlOutput.page("TLS cipher suites", List.of(), table(suites));
    };
  }

  private static List<String> tsv(List<CipherSuite> suites) {
    List<String> lines = new ArrayList<>();
    lines.add(COLUMNS.stream().map(Column::key).collect(Collectors.joining("\t")));
    for (CipherSuite s : suites) {
      lines.add(COLUMNS.stream()
          .map(c -> c.value().apply(s))
          .map(v -> v == null ? ABSENT : v.toString())
          .collect(Collectors.joining("\t")));
    }
    return lines;
  }

  private static List<String> json(List<CipherSuite> suites) {
    if (suites.isEmpty()) return List.of("[]");
    List<String> lines = new ArrayList<>();
    lines.add("[");
    for (int i = 0; i < suites.size(); i++) {
      CipherSuite s = suites.get(i);
      String members = COLUMNS.stream()
          .map(c -> jsonString(c.key()) + ":" + jsonValue(c.value().apply(s)))
          .collect(Collectors.joining(","));
      lines.add("  {" + members + "}" + (i < suites.size() - 1 ? "," : ""));
    }
    lines.add("]");
    return lines;
  }

  private static String jsonValue(Object value) {
    if (value == null) return "null";
    if (value instanceof Number || value instanceof Boolean) return value.toString();
    return jsonString(value.toString());
  }

  /** A JSON string literal (RFC 8259 section 7), escaping quotes, backslashes, control chars. */
  private static String jsonString(String value) {
    StringBuilder b = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }

  /** A Markdown table of the columns a reviewer needs: code, names, versions and grade. */
  private static MarkdownTable table(List<CipherSuite> suites) {
    MarkdownTable table = new MarkdownTable("code", "OpenSSL name", "IANA name", "versions", "grade");
    for (CipherSuite s : suites) {
      table.row(s.codeString(), s.openSslName().orElse(ABSENT), s.ianaName(),
          s.minVersion().isEmpty() ? ABSENT
              : displayName(s.minVersion(), ABSENT) + ".." + displayName(s.maxVersion(), ABSENT),
          gradeName(s));
    }
    return table;
  }

  /**
   * Aligned columns in the manner of {@code openssl ciphers -V}: code bytes, OpenSSL name, IANA
   * name, versions, then the {@code Kx= Au= Enc= Mac=} fields and the grade.
   */
  private static List<String> text(List<CipherSuite> suites) {
    List<String[]> rows = new ArrayList<>();
    for (CipherSuite s : suites) {
      rows.add(new String[] {
          codeBytes(s),
          s.openSslName().orElse(ABSENT),
          s.ianaName(),
          s.minVersion().isEmpty() ? ABSENT
              : displayName(s.minVersion(), ABSENT) + ".." + displayName(s.maxVersion(), ABSENT),
          "Kx=" + s.keyExchange().name(),
          "Au=" + s.authentication().name(),
          "Enc=" + s.cipher().ianaName() + "(" + s.cipher().effectiveBits() + ")",
          "Mac=" + s.mac().name(),
          gradeName(s)});
    }
    int columns = rows.isEmpty() ? 0 : rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) widths[i] = Math.max(widths[i], row[i].length());
    }
    List<String> lines = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        if (i > 0) line.append(i == 1 ? " - " : "  ");
        // The last column is not padded, so that no line ends in spaces.
        line.append(i == columns - 1 ? row[i] : pad(row[i], widths[i]));
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The code as OpenSSL prints it: {@code 0x00,0x0A}, or three bytes for an SSL 2.0 kind. */
  private static String codeBytes(CipherSuite s) {
    int bytes = s.isSsl2() ? 3 : 2;
    List<String> parts = new ArrayList<>(bytes);
    for (int i = bytes - 1; i >= 0; i--) {
      parts.add(String.format("0x%02X", (s.code() >> (8 * i)) & 0xFF));
    }
    return String.join(",", parts);
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }

  private static String displayName(Optional<ProtocolVersion> version, String absent) {
    return version.map(ProtocolVersion::displayName).orElse(absent);
  }

  private static String gradeName(CipherSuite s) {
    return s.grade().name().toLowerCase(Locale.ROOT);
  }

  /**
   * Accepts every spelling {@link ProtocolVersion#fromName} does, and passes on its message, which
   * lists the versions and suggests the closest, as the option's error.
   */
  static final class ProtocolVersionConverter implements ITypeConverter<ProtocolVersion> {
    @Override
    public ProtocolVersion convert(String value) {
      try {
        return ProtocolVersion.fromName(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
