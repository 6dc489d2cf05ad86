package io.github.tlscompat.core.library;

import static io.github.tlscompat.core.registry.ProtocolVersion.*;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A JSSE provider as one JDK release ships it: SunJSSE of a JDK, or Bouncy Castle's BCJSSE on it.
 * What a Java server negotiates is the provider's enabled protocols less what the JDK's
 * {@code conf/security/java.security} disables ({@code jdk.tls.disabledAlgorithms}), which each
 * update may change; the facts here are those of the update or source commit {@link #source()}
 * names.
 *
 * @param id a stable identifier, e.g. {@code sunjsse-17}
 * @param name a human name, e.g. {@code SunJSSE (JDK 17.0.15)}
 * @param family {@link LibraryFamily#SUNJSSE} or {@link LibraryFamily#BCJSSE}
 * @param release the JDK feature release for SunJSSE ({@code 17}), the bctls version for BCJSSE
 * @param enabledVersions the versions a server {@code SSLContext "TLS"} enables before
 *     {@code jdk.tls.disabledAlgorithms} takes its share
 * @param disabledAlgorithms the release's default {@code jdk.tls.disabledAlgorithms}, as written in
 *     {@code java.security}
 * @param defaultCipherSuites the suites a server enables by default, in SunJSSE's preference
 *     order, before {@code jdk.tls.disabledAlgorithms} takes its share (what
 *     {@code getEnabledCipherSuites()} returns with the property cleared); empty where not measured
 * @param defaultsProfile the catalog id of the server profile with these defaults, or empty
 * @param source where these facts come from
 * @since 0.1.0
 */
public record JsseBuild(String id, String name, LibraryFamily family, String release,
    ParameterSet<ProtocolVersion> enabledVersions, String disabledAlgorithms,
    PreferenceList<CipherSuite> defaultCipherSuites, Optional<String> defaultsProfile, String source)
    implements LibraryBuild {

  private static final ParameterSet<ProtocolVersion> TLS10_TO_13 = ParameterSet.of(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);

  private static final String UNTIL_21 = "SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, MD5withRSA, DH keySize < 1024,"
      + " EC keySize < 224, 3DES_EDE_CBC, anon, NULL, ECDH";
  private static final String FROM_24 = UNTIL_21 + ", TLS_RSA_*, rsa_pkcs1_sha1 usage HandshakeSignature,"
      + " ecdsa_sha1 usage HandshakeSignature, dsa_sha1 usage HandshakeSignature";

  // SSLEngine.getEnabledCipherSuites() of a server engine with jdk.tls.disabledAlgorithms cleared,
  // measured on 17.0.15 and Temurin 25.0.3, 2026-12-03; 25 no longer enables the 3DES suites.
  private static final String SUITES_25 = "TLS_AES_256_GCM_SHA384,TLS_AES_128_GCM_SHA256,TLS_CHACHA20_POLY1305_SHA256,"
      + "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,"
      + "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,"
      + "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,"
      + "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256,TLS_DHE_DSS_WITH_AES_256_GCM_SHA384,"
      + "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256,TLS_DHE_DSS_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384,"
      + "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384,TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,"
      + "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,TLS_DHE_RSA_WITH_AES_256_CBC_SHA256,TLS_DHE_DSS_WITH_AES_256_CBC_SHA256,"
      + "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256,TLS_DHE_DSS_WITH_AES_128_CBC_SHA256,TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384,"
      + "TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256,"
      + "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384,TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384,"
      + "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256,TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,"
      + "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,"
      + "TLS_DHE_RSA_WITH_AES_256_CBC_SHA,TLS_DHE_DSS_WITH_AES_256_CBC_SHA,TLS_DHE_RSA_WITH_AES_128_CBC_SHA,"
      + "TLS_DHE_DSS_WITH_AES_128_CBC_SHA,TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA,TLS_ECDH_RSA_WITH_AES_256_CBC_SHA,"
      + "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA,TLS_ECDH_RSA_WITH_AES_128_CBC_SHA,TLS_RSA_WITH_AES_256_GCM_SHA384,"
      + "TLS_RSA_WITH_AES_128_GCM_SHA256,TLS_RSA_WITH_AES_256_CBC_SHA256,TLS_RSA_WITH_AES_128_CBC_SHA256,"
      + "TLS_RSA_WITH_AES_256_CBC_SHA,TLS_RSA_WITH_AES_128_CBC_SHA";
  private static final String SUITES_17 = SUITES_25 + ",TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA,"
      + "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA,SSL_DHE_RSA_WITH_3DES_EDE_CBC_SHA,SSL_DHE_DSS_WITH_3DES_EDE_CBC_SHA,"
      + "TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA,TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA,SSL_RSA_WITH_3DES_EDE_CBC_SHA";
  private static final PreferenceList<CipherSuite> NOT_MEASURED = PreferenceList.empty(CipherSuite.class);

  /**
   * SunJSSE of JDK 8 (8u261 and later, which have TLS 1.3): TLS 1.0 to 1.3 enabled, TLS 1.0 and
   * 1.1, RC4, 3DES, anonymous, NULL and static ECDH suites disabled.
   */
  public static final JsseBuild SUNJSSE_8 = new JsseBuild("sunjsse-8", "SunJSSE (JDK 8u)", LibraryFamily.SUNJSSE,
      "8", TLS10_TO_13, "SSLv3, TLSv1, TLSv1.1, RC4, DES, MD5withRSA, DH keySize < 1024, EC keySize < 224,"
          + " 3DES_EDE_CBC, anon, NULL, ECDH, include jdk.disabled.namedCurves", NOT_MEASURED, Optional.empty(),
      "openjdk/jdk8u-dev@18964fbe23e9f7c609f9ac84b2255bb2dec6b803 jdk/src/share/lib/security/java.security-linux");

  /**
   * SunJSSE of JDK 11 (11u as of the cited commit, which took the JDK 24 additions: {@code TLS_RSA_*}
   * and SHA-1 handshake signatures).
   */
  public static final JsseBuild SUNJSSE_11 = new JsseBuild("sunjsse-11", "SunJSSE (JDK 11u)", LibraryFamily.SUNJSSE,
      "11", TLS10_TO_13, FROM_24 + ", include jdk.disabled.namedCurves", NOT_MEASURED, Optional.empty(),
      "openjdk/jdk11u-dev@105118b90fdbf05e0500f97a17a19e9afb27e9d2 src/java.base/share/conf/security/java.security");

  /**
   * SunJSSE of JDK 17.0.15, the JDK that builds this project (default suites measured): TLS 1.0 and 1.1, RC4, DES, 3DES,
   * anonymous, NULL and static ECDH suites disabled; RSA key exchange still allowed (later 17u
   * updates add {@code TLS_RSA_*}).
   */
  public static final JsseBuild SUNJSSE_17 = new JsseBuild("sunjsse-17", "SunJSSE (JDK 17.0.15)",
      LibraryFamily.SUNJSSE, "17", TLS10_TO_13, UNTIL_21, suites(SUITES_17), Optional.of("jdk-17-default"),
      "conf/security/java.security of OpenJDK 17.0.15+6-Debian-1deb12u1, read 2026-12-03; tech notes 2.1");

  /** SunJSSE of JDK 21 (21u as of the cited commit): as JDK 25. */
  public static final JsseBuild SUNJSSE_21 = new JsseBuild("sunjsse-21", "SunJSSE (JDK 21u)", LibraryFamily.SUNJSSE,
      "21", TLS10_TO_13, FROM_24, NOT_MEASURED, Optional.of("jdk-21-default"),
      "openjdk/jdk21u-dev@03ced2e394ca73e94f8f155c89e94410550b2067 src/java.base/share/conf/security/java.security");

  /**
   * SunJSSE of JDK 25.0.3 (Temurin): RSA key exchange ({@code TLS_RSA_*}) and SHA-1 handshake
   * signatures disabled too, since JDK 24.
   */
  public static final JsseBuild SUNJSSE_25 = new JsseBuild("sunjsse-25", "SunJSSE (JDK 25.0.3)",
      LibraryFamily.SUNJSSE, "25", TLS10_TO_13, FROM_24, suites(SUITES_25), Optional.empty(),
      "conf/security/java.security of Temurin-25.0.3+9, read 2026-12-03; tech notes 2.1");

  /**
   * BCJSSE of bctls-jdk18on 1.83 on JDK 17.0.15: the same enabled versions, and the JDK's
   * {@code jdk.tls.disabledAlgorithms}, which BCJSSE reads too ({@code ProvAlgorithmConstraints}).
   */
  public static final JsseBuild BCJSSE_1_83 = new JsseBuild("bcjsse-1.83", "BCJSSE 1.83 (on JDK 17.0.15)",
      LibraryFamily.BCJSSE, "1.83", TLS10_TO_13, UNTIL_21, NOT_MEASURED, Optional.empty(),
      "bctls-jdk18on 1.83 org/bouncycastle/jsse/provider/ProvAlgorithmConstraints (reads jdk.tls.disabledAlgorithms)"
          + " and ProvSSLContextSpi; tech notes 1 and 2.1");

  /**
   * BCJSSE of bctls-jdk18on 1.84 on JDK 17.0.15: as 1.83 in everything modelled here. The JSSE
   * cross-check grid and the administrators' JSSE configurations run on it (tls-compat-crosscheck,
   * JDK 17.0.15 and Temurin 25.0.3) and agree with this build.
   */
  public static final JsseBuild BCJSSE_1_84 = new JsseBuild("bcjsse-1.84", "BCJSSE 1.84 (on JDK 17.0.15)",
      LibraryFamily.BCJSSE, "1.84", TLS10_TO_13, UNTIL_21, NOT_MEASURED, Optional.empty(),
      "bctls-jdk18on 1.84 org/bouncycastle/jsse/provider/ProvAlgorithmConstraints (reads jdk.tls.disabledAlgorithms)"
          + " and ProvSSLContextSpi; cross-checked by tls-compat-crosscheck's JSSE tests");

  /** Every JSSE build, SunJSSE by JDK and then BCJSSE. */
  public static final List<JsseBuild> ALL = List.of(SUNJSSE_8, SUNJSSE_11, SUNJSSE_17, SUNJSSE_21, SUNJSSE_25,
      BCJSSE_1_83, BCJSSE_1_84);

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code family} is not a JSSE provider
   */
  public JsseBuild {
    // Tests and throws, not message suppliers: see Preconditions.
    if (id == null || id.isBlank()) throw new IllegalArgumentException("a JSSE build needs an id");
    Preconditions.checkNotNull(name, "name");
    if (family != LibraryFamily.SUNJSSE && family != LibraryFamily.BCJSSE) {
      throw new IllegalArgumentException("a JSSE build is SunJSSE or BCJSSE, not " + family);
    }
    Preconditions.checkNotNull(release, "release");
    Preconditions.checkNotNull(enabledVersions, "enabledVersions");
    Preconditions.checkNotNull(disabledAlgorithms, "disabledAlgorithms");
    Preconditions.checkNotNull(defaultCipherSuites, "defaultCipherSuites");
    Preconditions.checkNotNull(defaultsProfile, "defaultsProfile");
    Preconditions.checkNotNull(source, "source");
  }

  /**
   * The versions a server with this build's defaults negotiates: {@link #enabledVersions()} less
   * those {@link #disabledAlgorithms()} names ({@code TLSv1}, {@code TLSv1.1}, ...).
   */
  public ParameterSet<ProtocolVersion> defaultVersions() {
    Set<String> disabled = Arrays.stream(disabledAlgorithms.split(","))
        .map(s -> s.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    return enabledVersions.filter(v -> !disabled.contains(v.jsseName().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether a server {@code SSLContext "TLS"} of this build reads SSL 2.0-framed ClientHellos
   * ({@code SSLv2Hello}) when nothing sets its protocols. SunJSSE of JDK 8u does: its server
   * default is every supported protocol, {@code SSL20Hello} included ({@code SSLContextImpl}
   * {@code CustomizedTLSContext.customizedProtocols}, openjdk/jdk8u-dev
   * {@code jdk/src/share/classes/sun/security/ssl/SSLContextImpl.java}). From JDK 11 on it does not:
   * "we should not enable SSLv2Hello by default" (the same class, openjdk/jdk11u-dev and later; a
   * JDK 17.0.15 and a Temurin 25.0.3 server engine enable TLSv1.3 and TLSv1.2 only, measured
   * 2026-12-03). BCJSSE reads no SSL 2.0 framing at all. {@code jdk.tls.server.protocols} listing
   * {@code SSLv2Hello} turns it on in SunJSSE.
   */
  public boolean enablesSsl2HelloByDefault() {
    return family == LibraryFamily.SUNJSSE && release.equals("8");
  }

  /**
   * The suites of {@code suites} a server of this build can ever choose when its named groups are
   * set to {@code namedGroups} ({@code jdk.tls.namedGroups}, or {@code SSLParameters.setNamedGroups}
   * from JDK 20). BCJSSE takes a DHE group only among its configured named groups
   * ({@code ProvTlsServer.selectDH}, {@code NamedGroupInfo.selectServerFFDHE}), also for a client
   * that names none, so without an FFDHE group there it chooses no DHE suite; SunJSSE falls back to
   * its predefined primes and can choose them all. {@code suites} is returned as it is when it holds
   * no DHE suite, or only DHE suites (a server with no suite left is not modelled: its suites stay).
   *
   * @param suites the server's suites, in its order
   * @param namedGroups the server's named groups when they are set, or empty when the build's
   *     defaults stand (which include FFDHE groups)
   * @return the suites it can choose, in the same order
   * @since 0.1.0
   */
  public List<CipherSuite> choosableSuites(List<CipherSuite> suites, Optional<? extends Collection<NamedGroup>> namedGroups) {
    Preconditions.checkNotNull(suites, "suites");
    Preconditions.checkNotNull(namedGroups, "namedGroups");
    if (family != LibraryFamily.BCJSSE || namedGroups.isEmpty() || namedGroups.get().stream().anyMatch(NamedGroup::isFfdhe)) {
      return suites;
    }
    List<CipherSuite> choosable = suites.stream().filter(s -> s.keyExchange() != KeyExchange.DHE_RSA
        && s.keyExchange() != KeyExchange.DHE_DSS).toList();
    return choosable.isEmpty() ? suites : choosable;
  }

  private static PreferenceList<CipherSuite> suites(String names) {
    List<CipherSuite> suites = new ArrayList<>();
    for (String name : names.split(",")) suites.add(CipherSuite.fromJsseName(name));
    return PreferenceList.copyOf(CipherSuite.class, suites);
  }

  /** The build's name, e.g. {@code SunJSSE (JDK 17.0.15)}. */
  @Override public String toString() {
    return name;
  }
}
