package io.github.tlscompat.cli;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.profiles.ConfigFile;
import io.github.tlscompat.profiles.ConfigType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tls-compat import}: a server's TLS configuration file read into a server profile, the
 * JSON file that {@code --server}, {@code --profiles} and {@code Catalog.builder().addPath} read
 * back to the same policy.
 *
 * <p>The readers are core's ({@code io.github.tlscompat.core.config}); what they assume, or what
 * the file says that a profile cannot hold, is printed on stderr as a warning and kept in the
 * profile's {@code notes}; a certificate the file does not describe is listed in {@code assumed}.
 * A file a reader rejects is bad input: one line naming the file, the line and directive where
 * known, and what was expected.
 *
 * @since 0.1.0
 */
@Command(
    name = "import",
    sortOptions = false,
    description = {
        "Reads a server's TLS configuration into a server profile (JSON), for --server, --profiles"
            + " and the catalog.",
        "",
        "Types: nginx (nginx.conf), apache (mod_ssl directives), openssl (openssl s_server"
            + " arguments), gnutls (a GnuTLS priority string: gnutls-serv arguments, mod_gnutls"
            + " GnuTLSPriorities, or the string alone), reg (a SChannel .reg export, as IIS Crypto or regedit write it),"
            + " get-tlsciphersuite (PowerShell's Get-TlsCipherSuite output), jsse (JSSE server"
            + " properties) and jdk-disabled (a jdk.tls.disabledAlgorithms value, or a java.security"
            + " holding one). reg, get-tlsciphersuite and jdk-disabled change a base policy from the"
            + " catalog (--base).",
        "",
        "Without --type the type is told from the file: *.reg and *.security by name, the rest by"
            + " content (the .reg header, 'Name : TLS_...' lines, jdk.tls.server.* or"
            + " jdk.tls.disabledAlgorithms keys, nginx ssl_* directives or server {}, mod_ssl SSL*"
            + " directives or <VirtualHost>, a first word that is an -option, gnutls-serv,"
            + " --priority, GnuTLSPriorities or a priority string such as NORMAL:-VERS-TLS1.0).",
        ""})
public final class ImportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The configuration file.")
  Path file;

  @Option(names = "--type", paramLabel = "TYPE", converter = ConfigTypeConverter.class,
      description = "What the file holds: ${COMPLETION-CANDIDATES} (default: told from its name and"
          + " content).")
  ConfigType type;

  @Option(names = "--base", paramLabel = "ID|FILE",
      description = "The server policy that reg and get-tlsciphersuite change (default:"
          + " windows-server-2022-schannel-default) or jdk-disabled takes away from (default:"
          + " jdk-17-default): an id or alias, or a profile file.")
  String base;

  @Option(names = "--server-name", paramLabel = "NAME",
      description = "nginx and apache: read the server block or virtual host with this name"
          + " (default: the first that listens with ssl).")
  String serverName;

  @Option(names = "--cert", paramLabel = "SPEC", converter = CertificateConverter.class,
      description = "A certificate the server holds, type:bits:hash, e.g. rsa:2048:sha256 or"
          + " ecdsa:p256:sha256 (repeatable; default: rsa:2048:sha256, or the base policy's,"
          + " marked as assumed).")
  List<CertificateSpec> certificates = new ArrayList<>();

  @Option(names = "--id", paramLabel = "ID",
      description = "The profile's id (default: the file name without its extension, plus"
          + " -NAME with --server-name).")
  String id;

  @Option(names = "--name", paramLabel = "TEXT",
      description = "The profile's name (default: the type and the file name).")
  String name;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the profile to this file instead of standard output.")
  Path output;

  @Mixin
  CatalogOptions catalog;

  /** Creates the command; picocli calls this. */
  public ImportCommand() {}

  /**
   * Reads the file and writes the profile to standard output or {@code --output}.
   *
   * @return {@link ExitCodes#OK}
   */
  @Override
  public Integer call() {
    if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw catalog.invalid("--id", "'" + id + "' is not an id; expected letters, digits, '.', '_'"
          + " and '-', starting with a letter or digit");
    }
    ConfigFile config;
    ConfigType kind;
    try {
      config = ConfigFile.of(file);
      kind = config.type(Optional.ofNullable(type));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (base != null && kind.defaultBase().isEmpty()) {
      throw catalog.invalid("--base", "--base applies to " + only(t -> t.defaultBase().isPresent())
          + ", not to " + kind + ", which describes a whole server");
    }
    if (serverName != null && !kind.readsServerNames()) {
      throw catalog.invalid("--server-name", "--server-name applies to " + only(ConfigType::readsServerNames)
          + ", not to " + kind + ", which describes one server");
    }
    catalog.load(base);
    ConfigFile.Request request = new ConfigFile.Request(Optional.ofNullable(base),
        Optional.ofNullable(serverName), certificates, Optional.ofNullable(id), Optional.ofNullable(name),
        catalog.library());
    ConfigFile.Imported imported;
    try {
      imported = config.read(kind, request, ref -> catalog.server("--base", ref), catalog::has);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    imported.warnings().forEach(w -> Console.error(spec, "warning: " + file + ": " + w));
    String json = imported.json();
    if (output == null) {
      Console.print(spec, json.lines().toList());
    } else {
      try {
        OutputFile.write(output, json.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw catalog.invalid("--output", "cannot write " + output + ": " + OutputFile.describe(e));
      }
    }
    return ExitCodes.OK;
  }

  /** "reg, get-tlsciphersuite and jdk-disabled": the types that have something. */
  private static String only(Predicate<ConfigType> has) {
    List<String> names = Arrays.stream(ConfigType.values()).filter(has).map(ConfigType::toString).toList();
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
