package io.github.tlscompat.crosscheck;

import io.github.tlscompat.core.config.Exported;
import io.github.tlscompat.core.config.OpenSslConfig;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code openssl s_server} configured from a policy through {@link OpenSslConfig#writeArguments},
 * and what that binary makes of the policy.
 *
 * <p>The server runs with {@code OPENSSL_CONF} pointing at an empty file, so that the machine's
 * {@code openssl.cnf} (Debian's may raise the security level or the minimum protocol) does not
 * change the policy, and at security level 0 ({@code @SECLEVEL=0} appended to the cipher string):
 * OpenSSL 3 refuses SHA-1 and MD5+SHA-1 signatures at level 1 and above, and so ends every TLS 1.0
 * and 1.1 handshake with internal_error, RSA key exchange included (measured: all 167 clients the
 * model connects to {@code tls10-3des}), and refuses TLS 1.2 clients that send no
 * signature_algorithms, although the policy enables them. A policy has no security level; level 0
 * is OpenSSL doing what the policy says.
 */
final class OpenSslServer {
  static final String PACKAGE = "openssl";
  private static final Pattern CIPHERS_LINE = Pattern.compile("^\\s*0x([0-9A-F]{2}),0x([0-9A-F]{2})\\s+-\\s+\\S+.*$");

  /**
   * OpenSSL 3.0's default signature schemes in its order ({@code tls12_sigalgs} in
   * {@code ssl/t1_lib.c}, GOST left out). Under {@code SSL_OP_CIPHER_SERVER_PREFERENCE} OpenSSL
   * picks the first of its own list the client accepts ({@code tls1_set_shared_sigalgs} puts the
   * server's list first), so this order is what the server signs by; the harness passes it with
   * {@code -sigalgs}, so that the server runs with exactly the list the model is given.
   */
  static final List<SignatureScheme> DEFAULT_SIGALGS = List.of(SignatureScheme.ecdsa_secp256r1_sha256,
      SignatureScheme.ecdsa_secp384r1_sha384, SignatureScheme.ecdsa_secp521r1_sha512, SignatureScheme.ed25519,
      SignatureScheme.ed448, SignatureScheme.rsa_pss_pss_sha256, SignatureScheme.rsa_pss_pss_sha384,
      SignatureScheme.rsa_pss_pss_sha512, SignatureScheme.rsa_pss_rsae_sha256, SignatureScheme.rsa_pss_rsae_sha384,
      SignatureScheme.rsa_pss_rsae_sha512, SignatureScheme.rsa_pkcs1_sha256, SignatureScheme.rsa_pkcs1_sha384,
      SignatureScheme.rsa_pkcs1_sha512, SignatureScheme.ecdsa_sha224, SignatureScheme.ecdsa_sha1,
      SignatureScheme.rsa_sha224, SignatureScheme.rsa_pkcs1_sha1, SignatureScheme.dsa_sha224, SignatureScheme.dsa_sha1,
      SignatureScheme.dsa_sha256, SignatureScheme.dsa_sha384, SignatureScheme.dsa_sha512);

  private final Path openssl;
  private final Map<String, String> environment;
  private final String version;

  OpenSslServer(Path dir) {
    this.openssl = Binaries.require("openssl", PACKAGE);
    Path conf = dir.resolve("empty-openssl.cnf");
    try {
      if (!Files.exists(conf)) Files.writeString(conf, "# no system defaults: the policy decides\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.environment = Map.of("OPENSSL_CONF", conf.toString());
    // "OpenSSL 3.0.19 27 Jan 2026 (Library: OpenSSL 3.0.19 27 Jan 2026)": the library's part
    String line = Binaries.run(List.of(openssl.toString(), "version"), environment).stdout().strip();
    this.version = line.contains("(Library: ") ? line.substring(line.indexOf("(Library: ") + 10, line.length() - 1) : line;
  }

  /** E.g. {@code openssl s_server (OpenSSL 3.0.19 27 Jan 2026)}. */
  String kind() {
    return "openssl s_server, " + version;
  }

  /** The library's version, e.g. {@code OpenSSL 3.0.19 27 Jan 2026}. */
  String library() {
    return version;
  }

  Map<String, String> environment() {
    return environment;
  }

  /** The s_server arguments for {@code policy}, as the writer gives them plus security level 0. */
  List<String> arguments(ServerPolicy policy) {
    Exported exported = OpenSslConfig.writeArguments(policy);
    List<String> words = shellWords(exported.text().strip());
    int cipher = words.indexOf("-cipher");
    // The writer sets the level itself for TLS 1.1 and older; the grid wants 0 everywhere.
    if (cipher >= 0 && !words.get(cipher + 1).contains("@SECLEVEL=")) {
      words.set(cipher + 1, words.get(cipher + 1) + ":@SECLEVEL=0");
    }
    return words;
  }

  /**
   * The policy as this binary implements it: the suites {@code openssl ciphers} selects from the
   * written cipher strings, in its order; versions the binary has; groups spelled out (so the
   * server uses the policy's, not OpenSSL's longer default list); no SNI requirement (s_server
   * has none).
   */
  Implemented implement(ServerPolicy grid) {
    List<String> changes = new ArrayList<>();
    ServerPolicy.Builder b = grid.toBuilder().groups(grid.effectiveGroups());
    if (grid.signatureSchemes().isEmpty()) {
      b.signatureSchemes(DEFAULT_SIGALGS);
      changes.add("signature schemes spelled out as OpenSSL 3.0's default list, which it orders by under server"
          + " preference (habit: a policy without schemes has no order; the model then takes the client's)");
    }
    var versions = grid.versions();
    if (versions.contains(ProtocolVersion.SSL_2_0)) {
      versions = versions.without(ProtocolVersion.SSL_2_0);
      changes.add("no SSL 2.0 in OpenSSL since 1.1.0");
    }
    String help = Binaries.run(List.of(openssl.toString(), "s_server", "-help"), environment).stderr();
    if (versions.contains(ProtocolVersion.SSL_3_0) && !help.contains(" -ssl3 ")) {
      versions = versions.without(ProtocolVersion.SSL_3_0);
      changes.add("this openssl is built without SSL 3.0 (s_server has no -ssl3)");
    }
    b.versions(versions);
    List<String> args = arguments(grid.toBuilder().versions(versions).build());
    List<String> command = new ArrayList<>(List.of(openssl.toString(), "ciphers", "-V"));
    int ciphersuites = args.indexOf("-ciphersuites");
    if (ciphersuites >= 0) command.addAll(List.of("-ciphersuites", args.get(ciphersuites + 1)));
    int cipher = args.indexOf("-cipher");
    command.add(cipher >= 0 ? args.get(cipher + 1) : "DEFAULT:@SECLEVEL=0");
    Binaries.Output out = Binaries.run(command, environment);
    List<CipherSuite> selected = new ArrayList<>();
    if (out.exitCode() == 0) {
      for (String line : out.stdout().split("\n")) {
        Matcher m = CIPHERS_LINE.matcher(line);
        if (!m.matches()) continue;
        int code = Integer.parseInt(m.group(1) + m.group(2), 16);
        CipherSuite s = CipherSuite.fromCode(code).orElseThrow(() -> new IllegalStateException(
            "openssl ciphers lists a code point the registry does not know: " + line));
        if (grid.cipherSuites().contains(s) || ciphersuites < 0 && s.isTls13()) selected.add(s);
      }
    }
    List<CipherSuite> lacking = grid.cipherSuites().stream().filter(s -> !selected.contains(s)).toList();
    if (!lacking.isEmpty()) changes.add(version + " lacks " + lacking + " (not in `openssl ciphers -V`)");
    b.cipherSuites(selected);
    if (grid.requiresSni()) {
      b.requiresSni(false);
      changes.add("s_server has no setting that refuses a hello without server_name");
    }
    return new Implemented(grid, b.build(), changes);
  }

  /** Starts s_server for the implemented policy with a key and certificate of its type in {@code dir}. */
  ServerProcess start(ServerPolicy policy, Path dir) {
    Path[] pem = ServerCredentials.of(policy.certificates().get(0)).writePem(dir, "server");
    List<String> args = arguments(policy);
    return ServerProcess.start(port -> {
      List<String> words = new ArrayList<>(List.of(openssl.toString(), "s_server"));
      words.addAll(args);
      words.addAll(List.of("-cert", pem[1].toString(), "-key", pem[0].toString(),
          "-accept", "127.0.0.1:" + port, "-www"));
      return words;
    }, environment, dir.resolve("s_server.log"));
  }

  /** Splits the writer's line as a POSIX shell would (it quotes with '...' only). */
  static List<String> shellWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder w = null;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '\'') quoted = false;
        else w.append(c);
      } else if (Character.isWhitespace(c)) {
        if (w != null) words.add(w.toString());
        w = null;
      } else {
        if (w == null) w = new StringBuilder();
        if (c == '\'') quoted = true;
        else if (c == '\\' && i + 1 < line.length()) w.append(line.charAt(++i));
        else w.append(c);
      }
    }
    if (w != null) words.add(w.toString());
    return words;
  }
}
