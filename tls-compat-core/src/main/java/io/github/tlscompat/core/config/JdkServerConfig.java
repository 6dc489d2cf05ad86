package io.github.tlscompat.core.config;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.library.JsseBuild;
import io.github.tlscompat.core.library.LibraryFamily;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A Java server that takes the JDK's defaults, as an administrator configures it without touching
 * code: a {@code java.security} override ({@code -Djava.security.properties=FILE}) and the
 * {@code jdk.tls.*} system properties, read for one SunJSSE build ({@link JsseBuild}). The server
 * is an {@code SSLServerSocket} or {@code SSLEngine} of {@code SSLContext.getInstance("TLS")} with
 * nothing set by the application.
 *
 * <p>What the JDK does with them, in order:
 * <ol>
 *   <li>Enabled versions: {@code jdk.tls.server.protocols} if set, else the build's
 *       {@link JsseBuild#enabledVersions()}; SSL 2.0-framed hellos are read when it lists
 *       {@code SSLv2Hello}, else as the build does ({@link JsseBuild#enablesSsl2HelloByDefault()},
 *       {@link ServerHabit#ACCEPTS_SSL2_COMPATIBLE_HELLO}).</li>
 *   <li>Enabled suites: {@code jdk.tls.server.cipherSuites} if set (its order, unknown and
 *       signaling names skipped), else the build's {@link JsseBuild#defaultCipherSuites()}.</li>
 *   <li>{@code jdk.tls.disabledAlgorithms} of the override file if it sets one (a single {@code =}
 *       replaces that key only), else the build's, applied by {@link JdkDisabledAlgorithms}.</li>
 *   <li>Suites named by {@code jdk.tls.legacyAlgorithms} (default {@code NULL, anon, RC4, DES,
 *       3DES_EDE_CBC}) are picked only when nothing else fits: ordered last, which under the
 *       server's order (the default, {@code getUseCipherSuitesOrder()} true) is the same; and, for
 *       SunJSSE with the shipped list, {@link ServerHabit#PICKS_LEGACY_SUITES_LAST}, so that it
 *       holds under the client's order too.</li>
 *   <li>Groups: {@code jdk.tls.namedGroups} if set, else x25519, secp256r1, secp384r1, secp521r1,
 *       x448 and ffdhe2048 to ffdhe8192 ({@code SSLParameters.getNamedGroups()} of JDK 25.0.3,
 *       the same list as {@code jdk-17-default}); SunJSSE's habits ({@link
 *       ServerHabit#ORDERS_GROUPS_BY_CLIENT}, {@link ServerHabit#BINDS_ECDSA_SCHEMES_TO_CURVE}).</li>
 * </ol>
 *
 * @since 0.1.0
 */
public final class JdkServerConfig {
  private static final String LEGACY_PROPERTY = "jdk.tls.legacyAlgorithms";
  private static final String LEGACY_DEFAULT = "NULL, anon, RC4, DES, 3DES_EDE_CBC";
  private static final PreferenceList<NamedGroup> DEFAULT_GROUPS = PreferenceList.of(NamedGroup.x25519,
      NamedGroup.secp256r1, NamedGroup.secp384r1, NamedGroup.secp521r1, NamedGroup.x448, NamedGroup.ffdhe2048,
      NamedGroup.ffdhe3072, NamedGroup.ffdhe4096, NamedGroup.ffdhe6144, NamedGroup.ffdhe8192);

  private JdkServerConfig() {}

  /**
   * The policy of a default Java server on {@code build} under {@code securityOverride} (the text
   * of a {@code java.security} override file, empty for none) and {@code systemProperties} (the
   * {@code jdk.tls.*} system properties in properties form, empty for none), holding
   * {@code certificate}; the warnings say where the build's defaults were taken.
   *
   * @throws IllegalArgumentException if a property is malformed or names an unknown version or
   *     suite, if the build has no measured default suite list and none is configured, or if
   *     nothing is left
   */
  public static ImportedPolicy read(String id, String securityOverride, String systemProperties,
      CertificateSpec certificate, JsseBuild build) {
    Preconditions.checkNotNull(id, "id");
    Preconditions.checkNotNull(certificate, "certificate");
    Preconditions.checkNotNull(build, "build");
    Map<String, String> security = properties(Preconditions.checkNotNull(securityOverride, "securityOverride"));
    Map<String, String> system = properties(Preconditions.checkNotNull(systemProperties, "systemProperties"));
    List<String> warnings = new ArrayList<>();

    ParameterSet<ProtocolVersion> versions = build.enabledVersions();
    boolean ssl2Hello = build.enablesSsl2HelloByDefault();
    String protocols = system.get(JsseConfig.PROTOCOLS_PROPERTY);
    if (protocols != null) {
      List<ProtocolVersion> listed = new ArrayList<>();
      for (String name : names(protocols)) {
        if (!name.equals("SSLv2Hello")) listed.add(ProtocolVersion.fromName(name));
      }
      versions = ParameterSet.copyOf(ProtocolVersion.class, listed);
      ssl2Hello = build.family() == LibraryFamily.SUNJSSE && names(protocols).contains("SSLv2Hello");
    }

    List<CipherSuite> suites = new ArrayList<>(build.defaultCipherSuites());
    String configured = system.get(JsseConfig.CIPHER_SUITES_PROPERTY);
    if (configured != null) {
      suites.clear();
      for (String name : names(configured)) {
        CipherSuite.find(name).filter(s -> !s.isSignaling() && !suites.contains(s)).ifPresent(suites::add);
      }
    } else if (suites.isEmpty()) {
      throw new IllegalArgumentException(build.name() + " has no measured default cipher suite list; set "
          + JsseConfig.CIPHER_SUITES_PROPERTY);
    }

    List<NamedGroup> groups = new ArrayList<>(DEFAULT_GROUPS);
    String namedGroups = system.get(JsseConfig.NAMED_GROUPS_PROPERTY);
    if (namedGroups != null) groups = names(namedGroups).stream().map(NamedGroup::fromName).distinct().toList();

    String disabled = security.getOrDefault(JdkDisabledAlgorithms.PROPERTY, build.disabledAlgorithms());
    warnings.add(JdkDisabledAlgorithms.PROPERTY + ": " + (security.containsKey(JdkDisabledAlgorithms.PROPERTY)
        ? "the override file's" : build.name() + "'s default") + ", " + disabled);
    ServerPolicy base = ServerPolicy.builder(id, "Java server " + id + " on " + build.name()).versions(versions)
        .cipherSuites(suites).serverPreference(true).groups(groups).certificates(certificate).dhBits(2048)
        .habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, true).habit(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE, true)
        .habit(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO, ssl2Hello).library(ServerLibrary.of(build)).build();
    ServerPolicy p = JdkDisabledAlgorithms.apply(base, disabled, security);
    String legacy = security.getOrDefault(LEGACY_PROPERTY, LEGACY_DEFAULT);
    // The habit names the shipped list; another list is exact only under the server's order, where
    // ordering its suites last is what choosing them last means.
    boolean shipped = build.family() == LibraryFamily.SUNJSSE && names(legacy).equals(names(LEGACY_DEFAULT));
    p = p.toBuilder().cipherSuites(legacyLast(p, legacy)).signatureSchemes(List.of())
        .habit(ServerHabit.PICKS_LEGACY_SUITES_LAST, shipped).build();
    return new ImportedPolicy(p, warnings);
  }

  private static List<CipherSuite> legacyLast(ServerPolicy p, String legacy) {
    if (legacy.isBlank()) return p.cipherSuites();
    List<CipherSuite> kept;
    try {
      kept = new ArrayList<>(JdkDisabledAlgorithms.apply(p, legacy).cipherSuites());
    } catch (IllegalArgumentException allLegacy) {
      kept = new ArrayList<>();
    }
    for (CipherSuite s : p.cipherSuites()) {
      if (!kept.contains(s)) kept.add(s);
    }
    return kept;
  }

  private static List<String> names(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Map<String, String> properties(String text) {
    Properties props = new Properties();
    try {
      props.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> out = new HashMap<>();
    for (String key : props.stringPropertyNames()) out.put(key, props.getProperty(key).strip());
    return out;
  }
}
