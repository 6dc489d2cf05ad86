package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.evidence.wire.CertificateRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateEntry;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCrypto;

/**
 * A key pair and a self-signed X.509 certificate made to a {@link CertificateSpec}, generated once
 * per JVM and shared: an RSA 2048 key costs about 100 ms to generate, a handshake about 2 ms.
 *
 * <p>The certificate names {@code localhost} and the loopback addresses {@code 127.0.0.1} and
 * {@code ::1} in its subjectAltName, so a JSSE client that trusts it ({@link #trustStore()}) also
 * passes host name verification against {@code https://localhost:port/}. A wildcard spec adds
 * {@code *.localhost} and takes it as the subject CN. Specs that differ only in signature hash or
 * wildcard share one key pair. The certificate is valid from a day before it was made for a year.
 *
 * <p>Supported: RSA of 512 bits and more, signed with MD5, SHA-1 or SHA-2; EC on P-256, P-384 and
 * P-521 ({@code keyBits} 256, 384, 521) with SHA-1 or SHA-2; DSA of 1024, 2048 or 3072 bits with
 * SHA-1, SHA-224 or SHA-256; Ed25519 and Ed448 (hash {@link HashAlgorithm#INTRINSIC}). Keys come
 * from the JDK's providers; the certificate is built with bcpkix.
 *
 * <p>Thread-safe: {@link #of} may be called from any thread and returns the same instance for the
 * same spec.
 *
 * @since 0.1.0
 */
public final class EphemeralCertificate {
  /** The password of the key entry in {@link #keyStore()}: empty. */
  public static final String KEY_PASSWORD = "";
  /** The alias of the entry in {@link #keyStore()} and {@link #trustStore()}. */
  public static final String ALIAS = "tls-compat";

  private static final ConcurrentMap<CertificateSpec, EphemeralCertificate> CERTIFICATES = new ConcurrentHashMap<>();
  /** Key pairs by key type and size, so that e.g. rsa:2048:sha1 and rsa:2048:sha256 pay for one key. */
  private static final ConcurrentMap<String, KeyPair> KEY_PAIRS = new ConcurrentHashMap<>();
  private static final Set<HashAlgorithm> SHA2 = Set.of(HashAlgorithm.SHA224, HashAlgorithm.SHA256,
      HashAlgorithm.SHA384, HashAlgorithm.SHA512);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final CertificateSpec spec;
  private final X509Certificate certificate;
  private final PrivateKey privateKey;
  private final byte[] encoded;
  private final AsymmetricKeyParameter privateKeyParameter;

  /** The organization of every ephemeral certificate's subject. */
  private static final String ORGANIZATION = "tls-compat ephemeral";

  /**
   * Whether {@code issuer}, read off a certificate, is that of an ephemeral certificate made for a
   * spec without an issuer: self-issued by this class. A peer of the emulation takes it as an issuer
   * the model does not know, which it never refuses for, as the model does not.
   */
  public static boolean isUnmodelledIssuer(io.github.tlscompat.core.model.CertificateIssuer issuer) {
    return issuer.name().startsWith("O=" + ORGANIZATION + ",");
  }

  /** Whether a certificate's DER-encoded subject is that of a certificate this class made. */
  public static boolean isEphemeralSubject(byte[] subject) {
    return CertificateRequest.issuer(subject).filter(name -> isUnmodelledIssuer(name)).isPresent();
  }

  /**
   * The issuer a spec named, read back off a certificate this class made: a CA's name is written as
   * a distinguished name of that one {@code CN} ({@link CertificateRequest#distinguishedName}), so
   * such a name becomes the CA's name again, and compares as the model compares it.
   */
  public static io.github.tlscompat.core.model.CertificateIssuer asModelled(
      io.github.tlscompat.core.model.CertificateIssuer issuer) {
    String name = issuer.name();
    boolean oneCommonName = name.startsWith("CN=") && issuer.commonName().map(cn -> name.equals("CN=" + cn)).orElse(false);
    return oneCommonName ? new io.github.tlscompat.core.model.CertificateIssuer(
        issuer.commonName().get().replaceAll("\\\\(.)", "$1")) : issuer;
  }

  private EphemeralCertificate(CertificateSpec spec, X509Certificate certificate, PrivateKey privateKey) {
    this.spec = spec;
    this.certificate = certificate;
    this.privateKey = privateKey;
    try {
      this.encoded = certificate.getEncoded();
      this.privateKeyParameter = PrivateKeyFactory.createKey(privateKey.getEncoded());
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot convert the key of " + spec + " for Bouncy Castle", e);
    }
  }

  /**
   * The certificate for {@code spec}, generated on first use.
   *
   * @throws IllegalArgumentException naming the spec and what is supported, if it cannot be made
   */
  public static EphemeralCertificate of(CertificateSpec spec) {
    Preconditions.checkNotNull(spec, "spec");
    String problem = problem(spec);
    if (problem != null) throw new IllegalArgumentException("cannot make a certificate " + spec + ": " + problem);
    return CERTIFICATES.computeIfAbsent(spec, EphemeralCertificate::generate);
  }

  /** Whether {@link #of} can make a certificate for {@code spec}; see the class Javadoc for what it supports. */
  public static boolean isSupported(CertificateSpec spec) {
    return problem(Preconditions.checkNotNull(spec, "spec")) == null;
  }

  /** The spec this certificate was made to. */
  public CertificateSpec spec() {
    return spec;
  }

  /** The self-signed certificate. */
  public X509Certificate certificate() {
    return certificate;
  }

  /** The certificate's DER encoding, a copy. */
  public byte[] encoded() {
    return encoded.clone();
  }

  /** The certificate's private key. */
  public PrivateKey privateKey() {
    return privateKey;
  }

  /** The DNS names and IP addresses the certificate's subjectAltName lists. */
  public List<String> names() {
    return spec.wildcard() ? List.of("*.localhost", "localhost", "127.0.0.1", "::1")
        : List.of("localhost", "127.0.0.1", "::1");
  }

  /**
   * A new in-memory PKCS#12 key store holding the key and certificate under {@link #ALIAS}, with
   * the password {@link #KEY_PASSWORD}, for a JSSE {@code KeyManagerFactory}.
   */
  public KeyStore keyStore() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(ALIAS, privateKey, KEY_PASSWORD.toCharArray(), new java.security.cert.Certificate[] {certificate});
      return store;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build a key store for " + spec, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new in-memory PKCS#12 key store that trusts the certificate, for a JSSE {@code TrustManagerFactory}. */
  public KeyStore trustStore() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry(ALIAS, certificate);
      return store;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build a trust store for " + spec, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The certificate as Bouncy Castle's TLS API sends it. TLS 1.3 needs a Certificate message with
   * an (empty) request context, which an earlier version's message must not have (RFC 8446 4.4.2).
   */
  public Certificate tlsCertificate(TlsCrypto crypto, boolean tls13) {
    try {
      TlsCertificate c = crypto.createCertificate(encoded);
      return tls13 ? new Certificate(TlsUtils.EMPTY_BYTES, new CertificateEntry[] {new CertificateEntry(c, null)})
          : new Certificate(new TlsCertificate[] {c});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The private key as Bouncy Castle's lightweight API uses it (for {@code BcTlsCrypto} credentials). */
  public AsymmetricKeyParameter privateKeyParameter() {
    return privateKeyParameter;
  }

  @Override public String toString() {
    return "EphemeralCertificate[" + spec + ", " + certificate.getSubjectX500Principal().getName() + "]";
  }

  /** Why {@code spec} cannot be made, or null when it can. */
  private static String problem(CertificateSpec spec) {
    HashAlgorithm hash = spec.signatureHash();
    int bits = spec.keyBits();
    return switch (spec.keyType()) {
      case RSA -> bits < 512 ? "RSA keys need at least 512 bits"
          : hash == HashAlgorithm.MD5 || hash == HashAlgorithm.SHA1 || SHA2.contains(hash) ? null
          : "RSA certificates are signed with md5, sha1, sha224, sha256, sha384 or sha512";
      case EC -> bits != 256 && bits != 384 && bits != 521 ? "EC keys are on P-256, P-384 or P-521 (256, 384 or 521 bits)"
          : hash == HashAlgorithm.SHA1 || SHA2.contains(hash) ? null
          : "ECDSA certificates are signed with sha1, sha224, sha256, sha384 or sha512";
      case DSA -> bits != 1024 && bits != 2048 && bits != 3072 ? "DSA keys have 1024, 2048 or 3072 bits"
          : hash == HashAlgorithm.SHA1 || hash == HashAlgorithm.SHA224 || hash == HashAlgorithm.SHA256 ? null
          : "DSA certificates are signed with sha1, sha224 or sha256";
      case ED25519, ED448 -> hash == HashAlgorithm.INTRINSIC ? null
          : "EdDSA certificates hash internally (signature hash INTRINSIC)";
      default -> "supported key types are RSA, EC, DSA, Ed25519 and Ed448, not " + spec.keyType();
    };
  }

  private static EphemeralCertificate generate(CertificateSpec spec) {
    KeyPair keyPair = KEY_PAIRS.computeIfAbsent(spec.keyType() + ":" + spec.keyBits(), k -> keyPair(spec));
    try {
      Instant now = Instant.now();
      // The OU names the spec without its issuer, whose commas a name attribute cannot hold unescaped.
      CertificateSpec shape = new CertificateSpec(spec.keyType(), spec.keyBits(), spec.signatureHash(), spec.wildcard());
      X500Name subject = new X500Name("CN=" + (spec.wildcard() ? "*.localhost" : "localhost")
          + ", OU=" + shape + ", O=" + ORGANIZATION);
      // A spec's issuer is the issuer field, so that a peer checking trust reads it off the
      // certificate; the key still signs it, as no CA key exists to sign with.
      X500Name issuer = spec.issuer().map(i -> X500Name.getInstance(CertificateRequest.distinguishedName(i)))
          .orElse(subject);
      JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
          new BigInteger(63, RANDOM).add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
          Date.from(now.plus(Duration.ofDays(365))), subject, keyPair.getPublic());
      GeneralName[] names = new GeneralName[spec.wildcard() ? 4 : 3];
      int i = 0;
      if (spec.wildcard()) names[i++] = new GeneralName(GeneralName.dNSName, "*.localhost");
      names[i++] = new GeneralName(GeneralName.dNSName, "localhost");
      names[i++] = new GeneralName(GeneralName.iPAddress, "127.0.0.1");
      names[i] = new GeneralName(GeneralName.iPAddress, "::1");
      builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
      // A leaf, not a CA: JSSE accepts a self-signed end-entity certificate as a trust anchor.
      builder.addExtension(Extension.basicConstraints, false, new BasicConstraints(false));
      X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder(signatureAlgorithm(spec))
          .build(keyPair.getPrivate()));
      X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
      return new EphemeralCertificate(spec, certificate, keyPair.getPrivate());
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot make a certificate " + spec + ": " + e.getMessage(), e);
    }
  }

  private static KeyPair keyPair(CertificateSpec spec) {
    try {
      KeyPairGenerator generator;
      switch (spec.keyType()) {
        case RSA -> {
          generator = KeyPairGenerator.getInstance("RSA");
          generator.initialize(spec.keyBits(), RANDOM);
        }
        case EC -> {
          generator = KeyPairGenerator.getInstance("EC");
          generator.initialize(new ECGenParameterSpec("secp" + spec.keyBits() + "r1"), RANDOM);
        }
        case DSA -> {
          generator = KeyPairGenerator.getInstance("DSA");
          generator.initialize(spec.keyBits(), RANDOM);
        }
        case ED25519 -> generator = KeyPairGenerator.getInstance("Ed25519");
        case ED448 -> generator = KeyPairGenerator.getInstance("Ed448");
        default -> throw new IllegalArgumentException("cannot make a " + spec.keyType() + " key");
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate a key for " + spec + ": " + e.getMessage(), e);
    }
  }

  /** The JCA name of the certificate's signature, e.g. {@code SHA256withECDSA}. */
  private static String signatureAlgorithm(CertificateSpec spec) {
    String hash = spec.signatureHash().name().toUpperCase(Locale.ROOT);
    return switch (spec.keyType()) {
      case RSA -> hash + "withRSA";
      case EC -> hash + "withECDSA";
      case DSA -> hash + "withDSA";
      case ED25519 -> "Ed25519";
      case ED448 -> "Ed448";
      default -> throw new IllegalArgumentException("cannot sign with a " + spec.keyType() + " key");
    };
  }
}
