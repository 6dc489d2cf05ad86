package io.github.tlscompat.core.registry;

/**
 * The key exchange of a cipher suite, named by the token before {@code _WITH_} in its IANA name
 * ({@code TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256} has {@link #ECDHE_RSA}); the export variants
 * ({@code RSA_EXPORT}, {@code DHE_DSS_EXPORT1024}) share their base constant and are marked by
 * {@link CipherSuite#isExport()} instead.
 *
 * <p>Each constant knows its {@link Authentication} and the kind of key agreement it runs, which
 * is what the negotiation engine asks: does it need a shared elliptic-curve group, DH parameters,
 * a certificate of which key type, and does it give forward secrecy.
 *
 * @since 0.1.0
 */
public enum KeyExchange {
  /** No key exchange: {@code TLS_NULL_WITH_NULL_NULL} and the signaling values. */
  NULL(Agreement.NONE, Authentication.anon),
  /** RSA key transport: the client encrypts the premaster secret to the server's RSA key. */
  RSA(Agreement.RSA, Authentication.RSA),
  /** Static Diffie-Hellman from a DSA-signed DH certificate. */
  DH_DSS(Agreement.DH, Authentication.DSS),
  /** Static Diffie-Hellman from an RSA-signed DH certificate. */
  DH_RSA(Agreement.DH, Authentication.RSA),
  /** Ephemeral Diffie-Hellman signed with a DSA key. */
  DHE_DSS(Agreement.DHE, Authentication.DSS),
  /** Ephemeral Diffie-Hellman signed with an RSA key. */
  DHE_RSA(Agreement.DHE, Authentication.RSA),
  /** Unauthenticated ephemeral Diffie-Hellman. */
  DH_anon(Agreement.DHE, Authentication.anon),
  /** Static ECDH from an ECDSA-signed EC certificate (RFC 8422). */
  ECDH_ECDSA(Agreement.ECDH, Authentication.ECDSA),
  /** Static ECDH from an RSA-signed EC certificate (RFC 8422). */
  ECDH_RSA(Agreement.ECDH, Authentication.RSA),
  /** Ephemeral ECDH signed with an ECDSA key (RFC 8422). */
  ECDHE_ECDSA(Agreement.ECDHE, Authentication.ECDSA),
  /** Ephemeral ECDH signed with an RSA key (RFC 8422). */
  ECDHE_RSA(Agreement.ECDHE, Authentication.RSA),
  /** Unauthenticated ephemeral ECDH (RFC 8422). */
  ECDH_anon(Agreement.ECDHE, Authentication.anon),
  /** Pre-shared key only (RFC 4279). */
  PSK(Agreement.PSK, Authentication.PSK),
  /** Pre-shared key plus ephemeral DH (RFC 4279); IANA also spells it {@code PSK_DHE}. */
  DHE_PSK(Agreement.DHE, Authentication.PSK),
  /** Pre-shared key plus RSA key transport (RFC 4279). */
  RSA_PSK(Agreement.RSA, Authentication.RSA),
  /** Pre-shared key plus ephemeral ECDH (RFC 5489). */
  ECDHE_PSK(Agreement.ECDHE, Authentication.PSK),
  /** SRP without a certificate (RFC 5054). */
  SRP_SHA(Agreement.SRP, Authentication.SRP),
  /** SRP with an RSA-signed server key exchange (RFC 5054). */
  SRP_SHA_RSA(Agreement.SRP, Authentication.RSA),
  /** SRP with a DSA-signed server key exchange (RFC 5054). */
  SRP_SHA_DSS(Agreement.SRP, Authentication.DSS),
  /** Kerberos (RFC 2712). */
  KRB5(Agreement.KRB5, Authentication.KRB5),
  /** Password-authenticated ECC (RFC 8492). */
  ECCPWD(Agreement.ECDHE, Authentication.ECCPWD),
  /** GOST R 34.10-2012 VKO key agreement (RFC 9189). */
  GOSTR341112_256(Agreement.GOST, Authentication.GOST),
  /** GOST R 34.10-2001 key agreement (draft-chudov-cryptopro-cptls). */
  GOSTR341001(Agreement.GOST, Authentication.GOST),
  /** GOST R 34.10-94 key agreement (draft-chudov-cryptopro-cptls). */
  GOSTR341094(Agreement.GOST, Authentication.GOST),
  /** Google's 2016 CECPQ1 experiment (X25519 + NewHope), RSA-signed. */
  CECPQ1_RSA(Agreement.ECDHE, Authentication.RSA),
  /** Google's 2016 CECPQ1 experiment (X25519 + NewHope), ECDSA-signed. */
  CECPQ1_ECDSA(Agreement.ECDHE, Authentication.ECDSA),
  /**
   * TLS 1.3: the suite fixes neither key exchange nor authentication; both come from the
   * key_share, supported_groups and signature_algorithms extensions (RFC 8446 4.2).
   */
  ANY(Agreement.TLS13, Authentication.CERTIFICATE);

  /** The key agreement a {@link KeyExchange} runs, which decides what both sides must share. */
  public enum Agreement {
    /** None. */
    NONE,
    /** RSA key transport: no group, no forward secrecy, needs an RSA encryption key. */
    RSA,
    /** Static finite-field DH from the certificate: no forward secrecy. */
    DH,
    /** Ephemeral finite-field DH: the server chooses the parameters (or an RFC 7919 group). */
    DHE,
    /** Static ECDH from the certificate: the certificate's curve must suit the client. */
    ECDH,
    /** Ephemeral ECDH: both sides need a shared curve (RFC 8422 5.1.1). */
    ECDHE,
    /** Pre-shared key only. */
    PSK,
    /** SRP password verifier. */
    SRP,
    /** Kerberos. */
    KRB5,
    /** GOST VKO. */
    GOST,
    /** TLS 1.3 (EC)DHE over a group from key_share. */
    TLS13
  }

  private final Agreement agreement;
  private final Authentication authentication;

  KeyExchange(Agreement agreement, Authentication authentication) {
    this.agreement = agreement;
    this.authentication = authentication;
  }

  /** The key agreement this key exchange runs. */
  public Agreement agreement() {
    return agreement;
  }

  /** How the server is authenticated. */
  public Authentication authentication() {
    return authentication;
  }

  /**
   * Whether a recorded session stays secret if the server's long-term key leaks later: true for
   * ephemeral (EC)DH, ECCPWD and TLS 1.3; false for RSA key transport, static (EC)DH, plain PSK,
   * SRP, Kerberos and GOST key transport.
   */
  public boolean isForwardSecret() {
    return agreement == Agreement.DHE || agreement == Agreement.ECDHE || agreement == Agreement.TLS13;
  }

  /** Whether a pre-shared key takes part (PSK, DHE_PSK, RSA_PSK, ECDHE_PSK; RFC 4279, RFC 5489). */
  public boolean isPsk() {
    return this == PSK || this == DHE_PSK || this == RSA_PSK || this == ECDHE_PSK;
  }

  /** Whether the server is not authenticated at all (the {@code _anon} suites and NULL). */
  public boolean isAnonymous() {
    return authentication == Authentication.anon;
  }
}
