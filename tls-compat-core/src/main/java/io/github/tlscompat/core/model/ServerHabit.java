package io.github.tlscompat.core.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A way real TLS servers differ where the RFCs leave room or where implementations stray from
 * them: each is a setting of a {@link ServerPolicy} ({@link ServerPolicy#has}) with the common
 * behaviour as its default, never a special case in the engine.
 *
 * <p>Each constant carries the name a profile file spells it with ({@link #jsonName()}, a boolean
 * field of a server profile, docs/profile-format.md) and its default ({@link #isDefault()}): a
 * profile names a habit only where its server differs from the default. The cross-check module
 * ({@code tls-compat-crosscheck}) finds these against the real servers, and the Bouncy Castle
 * server that emulates a policy follows each of them as the model does.
 *
 * @since 0.1.0
 */
public enum ServerHabit {
  /**
   * Whether it reads an SSL 2.0-framed ClientHello (RFC 5246 E.2): SChannel and OpenSSL do, JSSE
   * (without {@code SSLv2Hello}) and Bouncy Castle do not. On by default.
   */
  ACCEPTS_SSL2_COMPATIBLE_HELLO("acceptsSsl2CompatibleHello", true),

  /**
   * Whether, when it does not enable TLS 1.3, it ignores the client's supported_versions extension
   * and answers with its newest version not above legacy_version (RFC 5246 E.1), as a server that
   * does not know the extension does; OpenSSL 1.1.1+ and JSSE read the extension whatever they
   * enable, GnuTLS 3.7 does not ("do not parse this extension when we do not support TLS1.3",
   * {@code ext/supported_versions.c}). A server that enables TLS 1.3 always reads it (RFC 8446
   * 4.2.1).
   */
  IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13("ignoresSupportedVersionsWithoutTls13", false),

  /**
   * Whether, when it enables TLS 1.3, it takes a client that sends no supported_versions and a
   * legacy_version of TLS 1.2 as a TLS 1.2 client even if it does not enable TLS 1.2, so that the
   * client is refused for want of a TLS 1.2 suite ({@code handshake_failure}) rather than for its
   * version: GnuTLS 3.7, where "TLS 1.2 is handled separately because it is always advertized
   * under TLS 1.3" ({@code _gnutls_negotiate_version}).
   */
  NEGOTIATES_TLS12_FOR_LEGACY_HELLOS("negotiatesTls12ForLegacyHellos", false),

  /**
   * Whether it takes the (EC)DHE group, and in TLS 1.3 the key share, in the client's order even
   * when its own suite order wins: SunJSSE, whose {@code SupportedGroups.getPreferredGroup} walks
   * the client's list, and BCJSSE ({@code NamedGroupInfo.selectServerECDH}); OpenSSL and GnuTLS
   * follow the suite preference.
   */
  ORDERS_GROUPS_BY_CLIENT("ordersGroupsByClient", false),

  /**
   * Whether, before TLS 1.3 too, it signs with an ECDSA scheme that names a curve only when its
   * certificate is on that curve, as TLS 1.3 requires (RFC 8446 4.2.3) and TLS 1.2 does not (there
   * {@code ecdsa_secp521r1_sha512} is ECDSA with SHA-512 on any curve): SunJSSE
   * ({@code SignatureScheme.getSignerOfPreferableAlgorithm}).
   */
  BINDS_ECDSA_SCHEMES_TO_CURVE("bindsEcdsaSchemesToCurve", false),

  /**
   * Whether, when it requires server_name, it first refuses a client with no version in common
   * ({@code protocol_version}) and only then one without server_name: OpenSSL chooses the version
   * ({@code ssl_choose_server_version}) before its servername callback runs, so nginx, Apache httpd
   * and HAProxy do; HTTP.sys picks its SNI binding before SChannel reads anything, the default.
   */
  CHECKS_SNI_AFTER_VERSION("checksSniAfterVersion", false),

  /**
   * Whether, in TLS 1.3, it takes the first shared group of the preferred order and asks for its
   * key share with a HelloRetryRequest even when the client already sent a share for another
   * shared group: GnuTLS 3.7 and 3.8, whose server uses only the share of the group
   * {@code supported_groups} chose ({@code key_share_recv_params}, {@code ext/key_share.c}; with
   * {@code %SERVER_PRECEDENCE}, its own first group). OpenSSL, BoringSSL and SChannel take the
   * share they have.
   */
  RETRIES_FOR_PREFERRED_GROUP("retriesForPreferredGroup", false),

  /**
   * Whether, in TLS 1.2, it signs with the first scheme of the client's signature_algorithms it
   * can use even when its own suite order wins: GnuTLS 3.7 and 3.8
   * ({@code _gnutls_session_get_sign_algo} walks the client's list), SunJSSE; OpenSSL under server
   * preference takes the first of its own list ({@code tls1_set_shared_sigalgs}).
   */
  ORDERS_SIGNATURE_SCHEMES_BY_CLIENT("ordersSignatureSchemesByClient", false),

  /**
   * Whether, before TLS 1.3 and whichever order wins, it picks a legacy suite, one with a NULL
   * cipher, anonymous key exchange, RC4, DES or 3DES ({@code jdk.tls.legacyAlgorithms} as the JDK
   * ships it: {@code NULL, anon, RC4, DES, 3DES_EDE_CBC}), only when no other shared suite can run:
   * SunJSSE, whose {@code ServerHello.T12ServerHelloProducer.chooseCipherSuite} sets legacy suites
   * aside and tries them after all the others. Under the client's order a client that lists 3DES
   * first gets its first AES suite instead.
   */
  PICKS_LEGACY_SUITES_LAST("picksLegacySuitesLast", false);

  private static final Set<ServerHabit> DEFAULTS = computeDefaults();

  private final String jsonName;
  private final boolean isDefault;

  ServerHabit(String jsonName, boolean isDefault) {
    this.jsonName = jsonName;
    this.isDefault = isDefault;
  }

  /** The name of the habit's boolean field in a server profile file, e.g. {@code ordersGroupsByClient}. */
  public String jsonName() {
    return jsonName;
  }

  /** Whether a policy has this habit unless told otherwise: what most servers do. */
  public boolean isDefault() {
    return isDefault;
  }

  /** The habits a policy has by default (an immutable set): those whose {@link #isDefault()} is true. */
  public static Set<ServerHabit> defaults() {
    return DEFAULTS;
  }

  /** The habit a profile file names {@code jsonName}, or empty when no habit has that name. */
  public static Optional<ServerHabit> fromJsonName(String jsonName) {
    for (ServerHabit h : values()) {
      if (h.jsonName.equals(jsonName)) return Optional.of(h);
    }
    return Optional.empty();
  }

  private static Set<ServerHabit> computeDefaults() {
    EnumSet<ServerHabit> set = EnumSet.noneOf(ServerHabit.class);
    for (ServerHabit h : values()) {
      if (h.isDefault) set.add(h);
    }
    return java.util.Collections.unmodifiableSet(set);
  }
}
