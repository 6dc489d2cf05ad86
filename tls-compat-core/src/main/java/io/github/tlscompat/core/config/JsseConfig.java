package io.github.tlscompat.core.config;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.internal.Split;
import io.github.tlscompat.core.library.JsseBuild;
import io.github.tlscompat.core.library.LibraryFamily;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLParameters;

/**
 * The settings of a JSSE (SunJSSE) server: enabled protocols and cipher suites as
 * {@code SSLParameters} or {@code SSLEngine} report them, whether the server's order wins
 * ({@code getUseCipherSuitesOrder}), named groups, and the properties text {@link #write} produces.
 * For {@code jdk.tls.disabledAlgorithms}, see {@link JdkDisabledAlgorithms}.
 *
 * <p>Names are the JDK's standard names: protocols {@code TLSv1.3} ... {@code SSLv3}, plus the
 * pseudo-protocol {@code SSLv2Hello}, which makes the server read SSL 2.0-framed ClientHellos
 * ({@link ServerHabit#ACCEPTS_SSL2_COMPATIBLE_HELLO}, false without it, as in JSSE); cipher suites
 * by JSSE name ({@code SSL_RSA_WITH_3DES_EDE_CBC_SHA}) or IANA name, signaling values
 * ({@code TLS_EMPTY_RENEGOTIATION_INFO_SCSV}) skipped; groups by IANA name ({@code x25519}).
 *
 * <p>{@code SSLParameters.getNamedGroups()} exists only from JDK 20, so groups are passed
 * separately (from {@code jdk.tls.namedGroups}, or that method on a newer JDK).
 *
 * <p>A policy read here describes a SunJSSE server, so it carries SunJSSE's habits:
 * {@link ServerHabit#ORDERS_GROUPS_BY_CLIENT} ({@code SupportedGroups.getPreferredGroup} walks the
 * client's groups) and {@link ServerHabit#BINDS_ECDSA_SCHEMES_TO_CURVE}
 * ({@code SignatureScheme.getSignerOfPreferableAlgorithm}). {@link #write} has nothing to say about
 * them: they are how SunJSSE behaves, not settings.
 *
 * @since 0.1.0
 */
public final class JsseConfig {
  private JsseConfig() {}

  /** The system property JSSE servers take their enabled protocols from (see the JSSE Reference Guide). */
  public static final String PROTOCOLS_PROPERTY = "jdk.tls.server.protocols";
  /** The system property JSSE servers take their enabled cipher suites from (see the JSSE Reference Guide). */
  public static final String CIPHER_SUITES_PROPERTY = "jdk.tls.server.cipherSuites";
  /** The system property that lists the named groups, in order. */
  public static final String NAMED_GROUPS_PROPERTY = "jdk.tls.namedGroups";
  /** The system property that lists the server's signature schemes (JDK 17+). */
  public static final String SIGNATURE_SCHEMES_PROPERTY = "jdk.tls.server.SignatureSchemes";
  /** The system property that sets the DHE group size. */
  public static final String DH_KEY_SIZE_PROPERTY = "jdk.tls.ephemeralDHKeySize";
  /**
   * Not a system property: the value to pass to {@code SSLParameters.setUseCipherSuitesOrder},
   * which no property sets; {@link #write} records it under this key so that the text reads back.
   */
  public static final String USE_CIPHER_SUITES_ORDER_KEY = "SSLParameters.useCipherSuitesOrder";
  /** Not a system property: the value to pass to {@code SSLParameters.setNeedClientAuth}. */
  public static final String NEED_CLIENT_AUTH_KEY = "SSLParameters.needClientAuth";

  /**
   * The policy of a server with these parameters, holding {@code certificate}; the groups are
   * {@code namedGroups} (empty for the JDK default).
   *
   * @throws IllegalArgumentException naming an unknown protocol, suite or group with its position
   *     and the closest names, or if no version or suite is enabled
   */
  public static ServerPolicy read(String id, SSLParameters parameters, List<String> namedGroups,
      CertificateSpec certificate) {
    Preconditions.checkNotNull(parameters, "parameters");
    return read(id, Arrays.asList(parameters.getProtocols()), Arrays.asList(parameters.getCipherSuites()),
        parameters.getUseCipherSuitesOrder(), namedGroups, certificate);
  }

  /**
   * The policy of a server with these enabled protocols and suites (JSSE names, in the server's
   * order), order setting and groups, holding {@code certificate}, with SunJSSE's habits (see the
   * class comment).
   *
   * @throws IllegalArgumentException as {@link #read(String, SSLParameters, List, CertificateSpec)}
   */
  public static ServerPolicy read(String id, List<String> protocols, List<String> cipherSuites,
      boolean useCipherSuitesOrder, List<String> namedGroups, CertificateSpec certificate) {
    Preconditions.checkNotNull(certificate, "certificate");
    ParameterSet<ProtocolVersion> versions = ParameterSet.noneOf(ProtocolVersion.class);
    boolean ssl2Hello = false;
    for (int i = 0; i < protocols.size(); i++) {
      String p = protocols.get(i).strip();
      if (p.equals("SSLv2Hello")) {
        ssl2Hello = true;
        continue;
      }
      try {
        versions = versions.with(ProtocolVersion.fromName(p));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("protocol " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    List<CipherSuite> suites = new ArrayList<>();
    for (int i = 0; i < cipherSuites.size(); i++) {
      try {
        CipherSuite s = CipherSuite.fromJsseName(cipherSuites.get(i));
        if (!s.isSignaling() && !suites.contains(s)) suites.add(s);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("cipher suite " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    List<NamedGroup> groups = new ArrayList<>();
    for (int i = 0; i < namedGroups.size(); i++) {
      try {
        NamedGroup g = NamedGroup.fromName(namedGroups.get(i));
        if (!groups.contains(g)) groups.add(g);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("named group " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return ServerPolicy.builder(id, "JSSE server " + id).versions(versions).cipherSuites(suites)
        .serverPreference(useCipherSuitesOrder).groups(groups).certificates(certificate)
        .habit(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO, ssl2Hello).habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, true)
        .habit(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE, true).build();
  }

  /**
   * Reads the properties text {@link #write} produces (or one written by hand in that form):
   * {@value #PROTOCOLS_PROPERTY}, {@value #CIPHER_SUITES_PROPERTY}, {@value #NAMED_GROUPS_PROPERTY},
   * {@value #SIGNATURE_SCHEMES_PROPERTY}, {@value #DH_KEY_SIZE_PROPERTY},
   * {@value #USE_CIPHER_SUITES_ORDER_KEY} (default {@code true}, the JDK 17 server default) and
   * {@value #NEED_CLIENT_AUTH_KEY}; lists are comma-separated, {@code #} starts a comment line.
   * The policy is the file's as written: both lists must be there.
   *
   * @throws IllegalArgumentException naming the line, the key and what was expected
   */
  public static ServerPolicy readProperties(String id, String properties, CertificateSpec certificate) {
    return readProperties(id, properties, certificate, Optional.empty()).policy();
  }

  /**
   * Reads the properties text as {@link #readProperties(String, String, CertificateSpec)} does:
   * with no build, as written; on {@code build}, as that JDK serves a default
   * {@code SSLContext "TLS"} started with these system properties ({@link JdkServerConfig#read}):
   * what the file does not set is the build's default (each such default said in a warning), and
   * the build's {@code jdk.tls.disabledAlgorithms} and legacy algorithms apply to what it does set.
   * The two {@code SSLParameters} keys apply on top. This is the one reading of such a file.
   *
   * @throws IllegalArgumentException naming the line, the key and what was expected; on a build
   *     without a measured default suite list, when the file sets no {@value #CIPHER_SUITES_PROPERTY}
   */
  public static ImportedPolicy readProperties(String id, String properties, CertificateSpec certificate,
      Optional<JsseBuild> build) {
    Preconditions.checkNotNull(properties, "properties");
    Preconditions.checkNotNull(certificate, "certificate");
    Preconditions.checkNotNull(build, "build");
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    List<String> keys = List.of(PROTOCOLS_PROPERTY, CIPHER_SUITES_PROPERTY, NAMED_GROUPS_PROPERTY,
        SIGNATURE_SCHEMES_PROPERTY, DH_KEY_SIZE_PROPERTY, USE_CIPHER_SUITES_ORDER_KEY, NEED_CLIENT_AUTH_KEY);
    String[] text = Split.lines(properties, false);
    for (int i = 0; i < text.length; i++) {
      String line = text[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) continue;
      int eq = line.indexOf('=');
      if (eq < 0) throw ConfigErrors.at(i + 1, line, "expected key=value");
      String key = line.substring(0, eq).strip();
      if (!keys.contains(key)) throw ConfigErrors.unknown(i + 1, key, "key", key, keys);
      values.put(key, line.substring(eq + 1).strip());
      lines.put(key, i + 1);
    }
    List<String> warnings = new ArrayList<>();
    ServerPolicy p;
    if (build.isEmpty()) {
      for (String required : List.of(PROTOCOLS_PROPERTY, CIPHER_SUITES_PROPERTY)) {
        if (!values.containsKey(required)) {
          throw ConfigErrors.at(text.length, required, "missing; expected a comma-separated list");
        }
      }
      try {
        p = read(id, list(values.get(PROTOCOLS_PROPERTY)), list(values.get(CIPHER_SUITES_PROPERTY)),
            true, list(values.getOrDefault(NAMED_GROUPS_PROPERTY, "")), certificate);
      } catch (IllegalArgumentException e) {
        throw ConfigErrors.at(lines.get(CIPHER_SUITES_PROPERTY), "properties", e);
      }
    } else {
      JsseBuild on = build.get();
      StringBuilder system = new StringBuilder();
      for (String key : List.of(PROTOCOLS_PROPERTY, CIPHER_SUITES_PROPERTY, NAMED_GROUPS_PROPERTY)) {
        if (values.containsKey(key)) system.append(key).append('=').append(values.get(key)).append('\n');
      }
      if (!values.containsKey(PROTOCOLS_PROPERTY)) {
        warnings.add(PROTOCOLS_PROPERTY + ": not set; " + on.name() + "'s default, " + String.join(", ",
            on.enabledVersions().stream().map(ProtocolVersion::jsseName).toList()));
      }
      if (!values.containsKey(CIPHER_SUITES_PROPERTY) && !on.defaultCipherSuites().isEmpty()) {
        warnings.add(CIPHER_SUITES_PROPERTY + ": not set; " + on.name() + "'s default list of "
            + on.defaultCipherSuites().size() + " suites");
      }
      ImportedPolicy imported;
      try {
        imported = JdkServerConfig.read(id, "", system.toString(), certificate, on);
      } catch (IllegalArgumentException e) {
        throw ConfigErrors.at(lines.values().stream().findFirst().orElse(1), "properties", e);
      }
      warnings.addAll(imported.warnings());
      p = withoutUnservableDhe(imported.policy(), on, values.containsKey(NAMED_GROUPS_PROPERTY), warnings);
    }
    ServerPolicy.Builder b = p.toBuilder().serverPreference(bool(values, lines, USE_CIPHER_SUITES_ORDER_KEY, true))
        .requiresClientCertificate(bool(values, lines, NEED_CLIENT_AUTH_KEY, false));
    if (values.containsKey(SIGNATURE_SCHEMES_PROPERTY)) {
      List<SignatureScheme> schemes = new ArrayList<>();
      for (String name : list(values.get(SIGNATURE_SCHEMES_PROPERTY))) {
        try {
          schemes.add(SignatureScheme.fromName(name));
        } catch (IllegalArgumentException e) {
          throw ConfigErrors.at(lines.get(SIGNATURE_SCHEMES_PROPERTY), SIGNATURE_SCHEMES_PROPERTY, e);
        }
      }
      b.signatureSchemes(schemes);
    }
    if (values.containsKey(DH_KEY_SIZE_PROPERTY)) {
      String v = values.get(DH_KEY_SIZE_PROPERTY);
      try {
        b.dhBits(Integer.parseInt(v));
      } catch (NumberFormatException e) {
        throw ConfigErrors.at(lines.get(DH_KEY_SIZE_PROPERTY), DH_KEY_SIZE_PROPERTY,
            "'" + v + "' is not a key size; expected a number of bits such as 2048");
      }
    }
    return new ImportedPolicy(b.build(), warnings);
  }

  /** The policy less the suites {@code on} can never choose with these named groups ({@link JsseBuild#choosableSuites}). */
  private static ServerPolicy withoutUnservableDhe(ServerPolicy p, JsseBuild on, boolean groupsSet,
      List<String> warnings) {
    List<CipherSuite> choosable = on.choosableSuites(p.cipherSuites(), groupsSet ? Optional.of(p.groups()) : Optional.empty());
    if (choosable.size() == p.cipherSuites().size()) return p;
    warnings.add(NAMED_GROUPS_PROPERTY + ": no FFDHE group, and " + on.name() + " takes DHE groups only among these;"
        + " its " + (p.cipherSuites().size() - choosable.size()) + " DHE suites are never chosen: left out");
    return p.toBuilder().cipherSuites(choosable).build();
  }

  /**
   * {@code policy} as JSSE settings: system properties ({@value #PROTOCOLS_PROPERTY},
   * {@value #CIPHER_SUITES_PROPERTY}, {@value #NAMED_GROUPS_PROPERTY}, ...) and the two
   * {@code SSLParameters} values no property sets, in properties syntax that
   * {@link #readProperties} reads back. Warns about SSL 2.0, which JSSE never had, a required
   * server_name, and non-default certificates.
   */
  public static Exported write(ServerPolicy policy) {
    List<String> warnings = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    b.append("# ").append(policy.id()).append(" (").append(policy.name()).append("), written by tls-compat\n");
    b.append("# System properties (-D... or System.setProperty before the first handshake); or call\n");
    b.append("# SSLParameters.setProtocols/setCipherSuites with the same lists.\n");
    List<String> protocols = new ArrayList<>();
    for (ProtocolVersion v : policy.versions()) {
      if (v == ProtocolVersion.SSL_2_0) {
        warnings.add("JSSE has no SSL 2.0 (only SSL 2.0-framed hellos, SSLv2Hello); left out");
      } else {
        protocols.add(0, v.jsseName());
      }
    }
    if (policy.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)) protocols.add("SSLv2Hello");
    b.append(PROTOCOLS_PROPERTY).append('=').append(String.join(",", protocols)).append('\n');
    b.append(CIPHER_SUITES_PROPERTY).append('=')
        .append(String.join(",", policy.cipherSuites().stream().map(CipherSuite::jsseName).toList())).append('\n');
    if (!policy.groups().isEmpty()) {
      b.append(NAMED_GROUPS_PROPERTY).append('=')
          .append(String.join(",", policy.groups().stream().map(NamedGroup::ianaName).toList())).append('\n');
    }
    if (!policy.signatureSchemes().isEmpty()) {
      b.append(SIGNATURE_SCHEMES_PROPERTY).append('=')
          .append(String.join(",", policy.signatureSchemes().stream().map(SignatureScheme::ianaName).toList()))
          .append('\n');
    }
    if (policy.cipherSuites().stream().anyMatch(s -> s.keyExchange().agreement()
        == KeyExchange.Agreement.DHE)) {
      b.append(DH_KEY_SIZE_PROPERTY).append('=').append(policy.dhBits()).append('\n');
    }
    b.append("# not system properties: pass to SSLParameters.setUseCipherSuitesOrder and setNeedClientAuth\n");
    b.append(USE_CIPHER_SUITES_ORDER_KEY).append('=').append(policy.serverPreference()).append('\n');
    b.append(NEED_CLIENT_AUTH_KEY).append('=').append(policy.requiresClientCertificate()).append('\n');
    if (policy.requiresSni()) {
      warnings.add("JSSE has no setting that refuses clients without server_name (an SNIMatcher only"
          + " checks names that are sent); not expressed");
    }
    if (!policy.certificates().equals(List.of(CertificateSpec.RSA_2048_SHA256))) {
      warnings.add("certificates (" + policy.certificates() + ") live in a KeyStore, not in these"
          + " settings: pass them to the reader again");
    }
    return new Exported(b.toString(), warnings);
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static boolean bool(Map<String, String> values, Map<String, Integer> lines, String key, boolean absent) {
    String v = values.get(key);
    if (v == null) return absent;
    if (v.equalsIgnoreCase("true")) return true;
    if (v.equalsIgnoreCase("false")) return false;
    throw ConfigErrors.unknown(lines.get(key), key, "value", v, List.of("true", "false"));
  }
}
