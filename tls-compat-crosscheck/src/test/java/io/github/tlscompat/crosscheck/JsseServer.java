package io.github.tlscompat.crosscheck;

import io.github.tlscompat.core.config.JdkDisabledAlgorithms;
import io.github.tlscompat.core.library.JsseBuild;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.evidence.wire.EngineProbe;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import java.lang.reflect.Method;
import java.security.GeneralSecurityException;
import java.security.Security;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;
import org.junit.jupiter.api.Assumptions;

/**
 * A server {@link SSLEngine} of a JSSE provider (SunJSSE of the running JDK, or Bouncy Castle's
 * BCJSSE), configured from a policy as an application
 * does ({@code SSLParameters}: protocols, suites, {@code useCipherSuitesOrder}), probed in-process
 * with {@link EngineProbe}, and what the JDK makes of the policy.
 *
 * <p>What the JDK lets a server enable is asked of the JDK: its supported protocols and suites,
 * and its security properties {@code jdk.tls.disabledAlgorithms} (applied with core's
 * {@link JdkDisabledAlgorithms}, which this check so tests too) and {@code jdk.tls.legacyAlgorithms}.
 */
final class JsseServer {
  /** The JSSE providers checked. */
  enum Provider {
    /** The JDK's own. */
    SUN_JSSE("SunJSSE"),
    /** Bouncy Castle's, on the BC JCA provider (it needs one: tech notes 1.5). */
    BC_JSSE("BCJSSE");

    final String displayName;

    Provider(String displayName) {
      this.displayName = displayName;
    }
  }

  /** BCJSSE logs every refusal through java.util.logging at INFO; kept here so the level sticks. */
  private static final java.util.logging.Logger BC_LOG = java.util.logging.Logger.getLogger("org.bouncycastle.jsse");

  private final Provider provider;

  JsseServer(Provider provider) {
    this.provider = provider;
    BC_LOG.setLevel(java.util.logging.Level.OFF);
  }

  /** The system property the JDK reads its groups from before JDK 20 (this module's pom sets it). */
  static final String NAMED_GROUPS = "jdk.tls.namedGroups";

  private final Optional<Method> setNamedGroups = Arrays.stream(SSLParameters.class.getMethods())
      .filter(m -> m.getName().equals("setNamedGroups")).findFirst();

  /** E.g. {@code JSSE SSLEngine (SunJSSE, JDK 17.0.15, jdk.tls.disabledAlgorithms as shipped)}. */
  String kind() {
    String disabled = Security.getProperty(JdkDisabledAlgorithms.PROPERTY);
    return "JSSE SSLEngine (" + provider.displayName + ", JDK " + Runtime.version() + ", " + JdkDisabledAlgorithms.PROPERTY
        + (disabled == null || disabled.isBlank() ? " cleared)" : " as shipped)");
  }

  /**
   * The policy as this JDK implements it; skips the test (naming why) when the JDK's security
   * properties leave nothing of it, as they do TLS 1.0 only.
   */
  Implemented implement(ServerPolicy grid) {
    List<String> changes = new ArrayList<>();
    ServerPolicy p = grid;
    if (p.versions().contains(ProtocolVersion.SSL_2_0)) {
      p = p.toBuilder().versions(p.versions().without(ProtocolVersion.SSL_2_0)).build();
      changes.add("JSSE has no SSL 2.0");
    }
    String disabled = Optional.ofNullable(Security.getProperty(JdkDisabledAlgorithms.PROPERTY)).orElse("");
    try {
      ServerPolicy before = p;
      p = JdkDisabledAlgorithms.apply(p, disabled);
      if (!p.equals(before)) changes.add(JdkDisabledAlgorithms.PROPERTY + "=" + disabled + " applied");
      if (before.signatureSchemes().isEmpty() && !p.signatureSchemes().isEmpty()) {
        // SunJSSE signs with the first scheme of the client's list it can use, whatever the suite
        // order (SignatureScheme.getPreferableAlgorithm); a spelled-out list would read as the
        // server's order, so it stays empty: the schemes the property disables are ones no client
        // here lists first.
        p = p.toBuilder().signatureSchemes(List.of()).build();
      }
    } catch (IllegalArgumentException nothingLeft) {
      Assumptions.abort(provider.displayName + " cannot serve " + grid.id() + " with this JDK's security properties: "
          + nothingLeft.getMessage() + " (the *LegacyJsseTest fork clears them)");
    }
    SSLEngine probe = context(p, provider).createSSLEngine();
    List<String> supportedSuites = Arrays.asList(probe.getSupportedCipherSuites());
    List<String> supportedProtocols = Arrays.asList(probe.getSupportedProtocols());
    // SunJSSE names the SSL 3.0 suites SSL_..., BCJSSE by their IANA names
    List<CipherSuite> suites = new ArrayList<>(p.cipherSuites().stream()
        .filter(s -> supportedSuites.contains(s.jsseName()) || supportedSuites.contains(s.ianaName())).toList());
    List<CipherSuite> lacking = p.cipherSuites().stream().filter(s -> !suites.contains(s)).toList();
    if (!lacking.isEmpty()) changes.add(provider.displayName + " does not support " + lacking);
    var versions = p.versions().filter(v -> supportedProtocols.contains(v.jsseName()));
    if (versions.isEmpty() || suites.isEmpty()) {
      Assumptions.abort(provider.displayName + " supports none of the " + (versions.isEmpty() ? "versions" : "suites") + " of "
          + grid.id());
    }
    ServerPolicy.Builder b;
    if (provider == Provider.SUN_JSSE) {
      b = p.toBuilder().versions(versions).cipherSuites(deferLegacy(suites, p, changes))
          .habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, true)
          .habit(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE, true)
          .habit(ServerHabit.PICKS_LEGACY_SUITES_LAST, shippedLegacyAlgorithms());
      changes.add("habit: SunJSSE takes groups in the client's order (SupportedGroups.getPreferredGroup walks the"
          + " requested groups) and signs TLS 1.2 with an ECDSA scheme only on the curve it names"
          + " (SignatureScheme.getSignerOfPreferableAlgorithm)");
    } else {
      // Set per server from JDK 20 (SSLParameters.setNamedGroups); before, the JVM-wide list below
      // keeps the FFDHE groups, and the rule does not apply.
      List<CipherSuite> usable = JsseBuild.BCJSSE_1_84.choosableSuites(suites,
          setNamedGroups.isPresent() ? Optional.of(p.effectiveGroups()) : Optional.empty());
      if (!usable.equals(suites)) {
        changes.add("BCJSSE chooses DHE groups only among its named groups, which have no FFDHE group: no DHE suite");
      }
      b = p.toBuilder().versions(versions).cipherSuites(usable).habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, true);
      changes.add("habit: BCJSSE takes groups in the client's order (NamedGroupInfo.selectServerECDH walks the"
          + " client's list)");
    }
    if (p.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO) && !supportedProtocols.contains("SSLv2Hello")) {
      b.habit(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO, false);
      changes.add(provider.displayName + " has no SSLv2Hello: it reads no SSL 2.0-framed hello");
    }
    if (setNamedGroups.isEmpty()) {
      String property = System.getProperty(NAMED_GROUPS);
      if (property == null) {
        throw new IllegalStateException("set -D" + NAMED_GROUPS + " (this module's pom does): JDK "
            + Runtime.version().feature() + " has no per-server group setting and no way to read its default list");
      }
      List<NamedGroup> jvmGroups = Arrays.stream(property.split(",")).map(String::strip).map(NamedGroup::fromName).toList();
      if (!jvmGroups.equals(p.effectiveGroups())) {
        changes.add("groups are JVM-wide before JDK 20 (" + NAMED_GROUPS + "=" + property + ")");
      }
      b.groups(jvmGroups);
    }
    if (p.requiresSni()) {
      b.requiresSni(false);
      changes.add("JSSE has no setting that refuses a hello without server_name");
    }
    return new Implemented(grid, b.build(), changes);
  }

  /**
   * SunJSSE picks a suite that {@code jdk.tls.legacyAlgorithms} names only when no other suite can
   * be used ({@code ServerHello.T12ServerHelloProducer.chooseCipherSuite}); under server preference
   * that is the same as ordering them last. The legacy suites are found by applying the property
   * as if it disabled them.
   */
  private static List<CipherSuite> deferLegacy(List<CipherSuite> suites, ServerPolicy p, List<String> changes) {
    String legacy = Security.getProperty("jdk.tls.legacyAlgorithms");
    if (legacy == null || legacy.isBlank()) return suites;
    List<CipherSuite> kept;
    try {
      kept = List.copyOf(JdkDisabledAlgorithms.apply(p.toBuilder().cipherSuites(suites).build(), legacy).cipherSuites());
    } catch (IllegalArgumentException allLegacy) {
      kept = List.of();
    }
    List<CipherSuite> ordered = new ArrayList<>(kept);
    for (CipherSuite s : suites) {
      if (!kept.contains(s)) ordered.add(s);
    }
    if (!ordered.equals(suites)) {
      changes.add("habit: SunJSSE picks the suites jdk.tls.legacyAlgorithms names (" + legacy + ") only when nothing"
          + " else fits" + (p.serverPreference() ? ", as if they came last" : shippedLegacyAlgorithms()
              ? " (picksLegacySuitesLast)" : " (not expressible under client preference for this list)"));
    }
    return ordered;
  }

  /**
   * Whether the JVM's {@code jdk.tls.legacyAlgorithms} is the list the JDK ships, the one
   * {@link ServerHabit#PICKS_LEGACY_SUITES_LAST} names.
   */
  private static boolean shippedLegacyAlgorithms() {
    String legacy = Security.getProperty("jdk.tls.legacyAlgorithms");
    return legacy != null && legacy.replaceAll("\\s+", "").equals("NULL,anon,RC4,DES,3DES_EDE_CBC");
  }

  /** Each hello fed to a fresh server engine configured from {@code implemented}. */
  List<Observation> probe(Implemented implemented, List<byte[]> hellos) {
    Engines engines = engines(implemented);
    List<Observation> results = new ArrayList<>(hellos.size());
    for (byte[] hello : hellos) results.add(EngineProbe.probe(hello, engines.get()));
    return results;
  }

  /**
   * Fresh server engines configured from {@code implemented} as an application does
   * ({@code SSLParameters}: protocols, suites, {@code useCipherSuitesOrder}, client authentication,
   * groups where the JDK has the setting), from one context; thread-safe.
   */
  Engines engines(Implemented implemented) {
    ServerPolicy p = implemented.policy();
    SSLContext context = context(p, provider);
    List<String> protocols = new ArrayList<>();
    for (ProtocolVersion v : p.versions()) protocols.add(0, v.jsseName());
    if (p.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)) protocols.add("SSLv2Hello");
    List<String> supported = Arrays.asList(context.createSSLEngine().getSupportedCipherSuites());
    String[] suites = p.cipherSuites().stream().map(s -> supported.contains(s.jsseName()) ? s.jsseName() : s.ianaName())
        .toArray(String[]::new);
    return () -> {
      SSLEngine engine = context.createSSLEngine();
      engine.setUseClientMode(false);
      SSLParameters params = engine.getSSLParameters();
      params.setProtocols(protocols.toArray(String[]::new));
      params.setCipherSuites(suites);
      params.setUseCipherSuitesOrder(p.serverPreference());
      params.setNeedClientAuth(p.requiresClientCertificate());
      setNamedGroups.ifPresent(m -> invoke(m, params, p.effectiveGroups().stream().map(NamedGroup::ianaName)
          .toArray(String[]::new)));
      engine.setSSLParameters(params);
      return engine;
    };
  }

  /**
   * A server socket on 127.0.0.1 from the provider's own {@code SSLServerSocketFactory}, each accepted
   * socket configured as {@link #engines} configures an engine: the provider's socket, not an
   * engine pumped over a plain one (BCJSSE's engine stalls on some probes under such a pump).
   */
  SSLServerSocket serverSocket(Implemented implemented) throws java.io.IOException {
    ServerPolicy p = implemented.policy();
    SSLContext context = context(p, provider);
    SSLParameters params = engines(implemented).get().getSSLParameters();
    SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 64,
        java.net.InetAddress.getLoopbackAddress());
    socket.setSSLParameters(params);
    return socket;
  }

  /** A source of fresh, identically configured server engines. */
  @FunctionalInterface
  interface Engines extends java.util.function.Supplier<SSLEngine> {}

  private static SSLContext context(ServerPolicy p, Provider provider) {
    ServerCredentials credentials = ServerCredentials.of(p.certificates().get(0));
    try {
      if (provider == Provider.SUN_JSSE) {
        SSLContext c = SSLContext.getInstance("TLS", "SunJSSE");
        c.init(credentials.keyManagers(null).getKeyManagers(), null, null);
        return c;
      }
      // BCJSSE needs its own PKIX key manager: it asks for TLS 1.2 keys by names SunX509 does not know.
      BouncyCastleJsseProvider bcjsse = new BouncyCastleJsseProvider(new BouncyCastleProvider());
      SSLContext c = SSLContext.getInstance("TLS", bcjsse);
      c.init(credentials.keyManagers(bcjsse).getKeyManagers(), null, null);
      return c;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot make a " + provider.displayName + " server context", e);
    }
  }

  private static void invoke(Method m, SSLParameters params, String[] groups) {
    try {
      m.invoke(params, (Object) groups);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("SSLParameters.setNamedGroups failed", e);
    }
  }
}
