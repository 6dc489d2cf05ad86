package io.github.tlscompat.core.registry;

/**
 * The record-protection cipher of a cipher suite, with its key size and its effective strength.
 *
 * <p>{@link #keyBits()} is the key length the cipher uses; {@link #effectiveBits()} is the
 * security it gives against the best known generic attack: 112 for 3DES (meet in the middle), 40
 * or 56 for export ciphers whose key material was cut down, 0 for NULL. {@link #blockBits()} is 64
 * for the ciphers Sweet32 (CVE-2016-2183) applies to.
 *
 * @since 0.1.0
 */
public enum BulkCipher {
  /** No encryption. */
  NULL("NULL", 0, 0, 0, Mode.NULL),
  /** RC4 with a 40-bit secret key (export). */
  RC4_40("RC4_40", 128, 40, 0, Mode.STREAM),
  /** RC4 with a 56-bit secret key (the unregistered EXPORT1024 suites). */
  RC4_56("RC4_56", 128, 56, 0, Mode.STREAM),
  /** RC4 with a 64-bit secret key (an SSL 2.0 kind only). */
  RC4_64("RC4_64", 128, 64, 0, Mode.STREAM),
  /** RC4 with a 128-bit key. */
  RC4_128("RC4_128", 128, 128, 0, Mode.STREAM),
  /** RC2 CBC with a 40-bit secret key (export). */
  RC2_CBC_40("RC2_CBC_40", 128, 40, 64, Mode.CBC),
  /** RC2 CBC with a 56-bit secret key (EXPORT1024). */
  RC2_CBC_56("RC2_CBC_56", 128, 56, 64, Mode.CBC),
  /** RC2 CBC with a 128-bit key (SSL 2.0). */
  RC2_CBC_128("RC2_CBC_128", 128, 128, 64, Mode.CBC),
  /** IDEA CBC. */
  IDEA_CBC("IDEA_CBC", 128, 128, 64, Mode.CBC),
  /** DES CBC with a 40-bit secret key (export). */
  DES40_CBC("DES40_CBC", 64, 40, 64, Mode.CBC),
  /** Single DES CBC. */
  DES_CBC("DES_CBC", 64, 56, 64, Mode.CBC),
  /** Triple DES, EDE, CBC: 168-bit key, 112 bits of strength, 64-bit blocks. */
  TDES_EDE_CBC("3DES_EDE_CBC", 168, 112, 64, Mode.CBC),
  /** AES-128 CBC. */
  AES_128_CBC("AES_128_CBC", 128, 128, 128, Mode.CBC),
  /** AES-256 CBC. */
  AES_256_CBC("AES_256_CBC", 256, 256, 128, Mode.CBC),
  /** AES-128 GCM. */
  AES_128_GCM("AES_128_GCM", 128, 128, 128, Mode.AEAD),
  /** AES-256 GCM. */
  AES_256_GCM("AES_256_GCM", 256, 256, 128, Mode.AEAD),
  /** AES-128 CCM with a 16-byte tag. */
  AES_128_CCM("AES_128_CCM", 128, 128, 128, Mode.AEAD),
  /** AES-256 CCM with a 16-byte tag. */
  AES_256_CCM("AES_256_CCM", 256, 256, 128, Mode.AEAD),
  /** AES-128 CCM with a truncated 8-byte tag. */
  AES_128_CCM_8("AES_128_CCM_8", 128, 128, 128, Mode.AEAD_SHORT_TAG),
  /** AES-256 CCM with a truncated 8-byte tag. */
  AES_256_CCM_8("AES_256_CCM_8", 256, 256, 128, Mode.AEAD_SHORT_TAG),
  /** Camellia-128 CBC. */
  CAMELLIA_128_CBC("CAMELLIA_128_CBC", 128, 128, 128, Mode.CBC),
  /** Camellia-256 CBC. */
  CAMELLIA_256_CBC("CAMELLIA_256_CBC", 256, 256, 128, Mode.CBC),
  /** Camellia-128 GCM. */
  CAMELLIA_128_GCM("CAMELLIA_128_GCM", 128, 128, 128, Mode.AEAD),
  /** Camellia-256 GCM. */
  CAMELLIA_256_GCM("CAMELLIA_256_GCM", 256, 256, 128, Mode.AEAD),
  /** ARIA-128 CBC. */
  ARIA_128_CBC("ARIA_128_CBC", 128, 128, 128, Mode.CBC),
  /** ARIA-256 CBC. */
  ARIA_256_CBC("ARIA_256_CBC", 256, 256, 128, Mode.CBC),
  /** ARIA-128 GCM. */
  ARIA_128_GCM("ARIA_128_GCM", 128, 128, 128, Mode.AEAD),
  /** ARIA-256 GCM. */
  ARIA_256_GCM("ARIA_256_GCM", 256, 256, 128, Mode.AEAD),
  /** SEED CBC. */
  SEED_CBC("SEED_CBC", 128, 128, 128, Mode.CBC),
  /** ChaCha20-Poly1305 (RFC 7905, RFC 8446). */
  CHACHA20_POLY1305("CHACHA20_POLY1305", 256, 256, 0, Mode.AEAD),
  /** SM4 GCM (RFC 8998). */
  SM4_GCM("SM4_GCM", 128, 128, 128, Mode.AEAD),
  /** SM4 CCM (RFC 8998). */
  SM4_CCM("SM4_CCM", 128, 128, 128, Mode.AEAD),
  /** GOST R 34.12-2015 Kuznyechik in CTR mode with OMAC (RFC 9189). */
  KUZNYECHIK_CTR_OMAC("KUZNYECHIK_CTR_OMAC", 256, 256, 128, Mode.CTR),
  /** GOST R 34.12-2015 Magma in CTR mode with OMAC (RFC 9189). */
  MAGMA_CTR_OMAC("MAGMA_CTR_OMAC", 256, 256, 64, Mode.CTR),
  /** GOST 28147-89 in counter mode (RFC 9189 and earlier drafts). */
  GOST28147_CNT("28147_CNT", 256, 256, 64, Mode.CTR),
  /** Kuznyechik MGM, light re-keying (RFC 9367). */
  KUZNYECHIK_MGM_L("KUZNYECHIK_MGM_L", 256, 256, 128, Mode.AEAD),
  /** Magma MGM, light re-keying (RFC 9367). */
  MAGMA_MGM_L("MAGMA_MGM_L", 256, 256, 64, Mode.AEAD),
  /** Kuznyechik MGM, strong re-keying (RFC 9367). */
  KUZNYECHIK_MGM_S("KUZNYECHIK_MGM_S", 256, 256, 128, Mode.AEAD),
  /** Magma MGM, strong re-keying (RFC 9367). */
  MAGMA_MGM_S("MAGMA_MGM_S", 256, 256, 64, Mode.AEAD),
  /** AEGIS-256 (draft-irtf-cfrg-aegis-aead). */
  AEGIS_256("AEGIS_256", 256, 256, 0, Mode.AEAD),
  /** AEGIS-128L (draft-irtf-cfrg-aegis-aead). */
  AEGIS_128L("AEGIS_128L", 128, 128, 0, Mode.AEAD);

  /** How the cipher protects records. */
  public enum Mode {
    /** No encryption. */
    NULL,
    /** A stream cipher (RC4), with a separate MAC. */
    STREAM,
    /** A block cipher in CBC mode, with a separate MAC (MAC-then-encrypt). */
    CBC,
    /** A block cipher in counter mode, with a separate MAC. */
    CTR,
    /** Authenticated encryption with a full-length tag. */
    AEAD,
    /** Authenticated encryption with a truncated (8-byte) tag. */
    AEAD_SHORT_TAG
  }

  private final String ianaName;
  private final int keyBits;
  private final int effectiveBits;
  private final int blockBits;
  private final Mode mode;

  BulkCipher(String ianaName, int keyBits, int effectiveBits, int blockBits, Mode mode) {
    this.ianaName = ianaName;
    this.keyBits = keyBits;
    this.effectiveBits = effectiveBits;
    this.blockBits = blockBits;
    this.mode = mode;
  }

  /** The name as it appears inside IANA suite names, e.g. {@code 3DES_EDE_CBC}. */
  public String ianaName() {
    return ianaName;
  }

  /** The key length in bits. */
  public int keyBits() {
    return keyBits;
  }

  /** The strength in bits against the best known generic attack (see the class description). */
  public int effectiveBits() {
    return effectiveBits;
  }

  /** The block size in bits, or 0 for stream ciphers, ChaCha20, AEGIS and NULL. */
  public int blockBits() {
    return blockBits;
  }

  /** How the cipher protects records. */
  public Mode mode() {
    return mode;
  }

  /** Whether this is an AEAD cipher (RFC 5116), with a full or a truncated tag. */
  public boolean isAead() {
    return mode == Mode.AEAD || mode == Mode.AEAD_SHORT_TAG;
  }
}
