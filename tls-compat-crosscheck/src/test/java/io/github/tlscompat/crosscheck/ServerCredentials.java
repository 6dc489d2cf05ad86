package io.github.tlscompat.crosscheck;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManagerFactory;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * A self-signed server key and certificate for a {@link CertificateSpec} (RSA or ECDSA on a NIST
 * curve, SHA-256 or SHA-1 signed), made once per test JVM and spec: as PEM files for the native
 * servers and as a JSSE key manager. The certificate is assembled from bcprov's ASN.1 classes and
 * signed with the JDK's {@link Signature}, as core's test keys are, so no bcpkix is needed.
 */
final class ServerCredentials {
  private static final char[] PASSWORD = "changeit".toCharArray();
  private static final Map<CertificateSpec, ServerCredentials> MADE = new ConcurrentHashMap<>();

  private final CertificateSpec spec;
  private final KeyPair keys;
  private final X509Certificate certificate;

  private ServerCredentials(CertificateSpec spec, KeyPair keys, X509Certificate certificate) {
    this.spec = spec;
    this.keys = keys;
    this.certificate = certificate;
  }

  /** The credentials for {@code spec}, made on first use. */
  static ServerCredentials of(CertificateSpec spec) {
    return MADE.computeIfAbsent(new CertificateSpec(spec.keyType(), spec.keyBits(), spec.signatureHash(), false),
        ServerCredentials::make);
  }

  /** Writes {@code <name>.key} (PKCS #8) and {@code <name>.crt} into {@code dir}; returns the pair. */
  Path[] writePem(Path dir, String name) {
    try {
      Path key = dir.resolve(name + ".key");
      Path crt = dir.resolve(name + ".crt");
      Files.writeString(key, privateKeyPem(), StandardCharsets.US_ASCII);
      Files.writeString(crt, pem("CERTIFICATE", certificate.getEncoded()), StandardCharsets.US_ASCII);
      return new Path[] {key, crt};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The private key as PEM: PKCS #8 for RSA; for EC the SEC 1 form ({@code EC PRIVATE KEY}) with the
   * curve and the public key, since GnuTLS 3.7 cannot read the JDK's PKCS #8 EC encoding, which
   * leaves the public key out ("ASN1 parser: Element was not found").
   */
  private String privateKeyPem() throws IOException {
    if (!(keys.getPrivate() instanceof ECPrivateKey ec)) return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
    SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
    org.bouncycastle.asn1.sec.ECPrivateKey sec1 = new org.bouncycastle.asn1.sec.ECPrivateKey(
        ec.getParams().getOrder().bitLength(), ec.getS(), spki.getPublicKeyData(), spki.getAlgorithm().getParameters());
    return pem("EC PRIVATE KEY", sec1.getEncoded(ASN1Encoding.DER));
  }

  /** A key manager factory holding the key: the JDK default algorithm, or PKIX of {@code provider}. */
  KeyManagerFactory keyManagers(java.security.Provider provider) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("server", keys.getPrivate(), PASSWORD, new java.security.cert.Certificate[] {certificate});
      KeyManagerFactory kmf = provider == null ? KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm())
          : KeyManagerFactory.getInstance("PKIX", provider);
      kmf.init(ks, PASSWORD);
      return kmf;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot make a key manager for " + spec, e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }

  private static ServerCredentials make(CertificateSpec spec) {
    try {
      KeyPair kp;
      String hash = switch (spec.signatureHash()) {
        case SHA1 -> "SHA1";
        case SHA256 -> "SHA256";
        case SHA384 -> "SHA384";
        default -> throw new IllegalArgumentException("no test certificate signed with " + spec.signatureHash());
      };
      AlgorithmIdentifier signatureAlgorithm;
      String jcaSignature;
      if (spec.keyType() == KeyType.RSA) {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(spec.keyBits());
        kp = g.generateKeyPair();
        signatureAlgorithm = new AlgorithmIdentifier(switch (spec.signatureHash()) {
          case SHA1 -> PKCSObjectIdentifiers.sha1WithRSAEncryption;
          case SHA384 -> PKCSObjectIdentifiers.sha384WithRSAEncryption;
          default -> PKCSObjectIdentifiers.sha256WithRSAEncryption;
        }, DERNull.INSTANCE);
        jcaSignature = hash + "withRSA";
      } else if (spec.keyType() == KeyType.EC) {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec(switch (spec.keyBits()) {
          case 256 -> "secp256r1";
          case 384 -> "secp384r1";
          case 521 -> "secp521r1";
          default -> throw new IllegalArgumentException("no NIST curve of " + spec.keyBits() + " bits");
        }));
        kp = g.generateKeyPair();
        signatureAlgorithm = new AlgorithmIdentifier(switch (spec.signatureHash()) {
          case SHA1 -> X9ObjectIdentifiers.ecdsa_with_SHA1;
          case SHA384 -> X9ObjectIdentifiers.ecdsa_with_SHA384;
          default -> X9ObjectIdentifiers.ecdsa_with_SHA256;
        });
        jcaSignature = hash + "withECDSA";
      } else {
        throw new IllegalArgumentException("no test key of type " + spec.keyType());
      }
      X500Name name = new X500Name("CN=" + CrossCheck.SNI_HOST);
      V3TBSCertificateGenerator tbsGen = new V3TBSCertificateGenerator();
      tbsGen.setSerialNumber(new ASN1Integer(BigInteger.valueOf(System.nanoTime() & Long.MAX_VALUE)));
      tbsGen.setIssuer(name);
      tbsGen.setSubject(name);
      tbsGen.setStartDate(new Time(new Date(System.currentTimeMillis() - 86_400_000L)));
      tbsGen.setEndDate(new Time(new Date(System.currentTimeMillis() + 86_400_000L)));
      tbsGen.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(kp.getPublic().getEncoded()));
      tbsGen.setSignature(signatureAlgorithm);
      GeneralNames san = new GeneralNames(new GeneralName(GeneralName.dNSName, CrossCheck.SNI_HOST));
      tbsGen.setExtensions(new Extensions(new Extension(Extension.subjectAlternativeName, false,
          san.getEncoded(ASN1Encoding.DER))));
      TBSCertificate tbs = tbsGen.generateTBSCertificate();
      Signature signer = Signature.getInstance(jcaSignature);
      signer.initSign(kp.getPrivate());
      signer.update(tbs.getEncoded(ASN1Encoding.DER));
      ASN1EncodableVector v = new ASN1EncodableVector();
      v.add(tbs);
      v.add(signatureAlgorithm);
      v.add(new DERBitString(signer.sign()));
      byte[] der = new DERSequence(v).getEncoded(ASN1Encoding.DER);
      X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der));
      return new ServerCredentials(spec, kp, certificate);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot make a test key for " + spec, e);
    }
  }
}
