package io.github.tlscompat.evidence.wire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.HexFormat;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/**
 * One self-signed RSA 2048 / SHA-256 server key per test JVM (key generation costs ~100 ms), and
 * server contexts for SunJSSE and BCJSSE holding it. The certificate is assembled from bcprov's
 * ASN.1 classes (bcprov comes with bctls) and signed with the JDK's {@link Signature}, so the tests
 * need no bcpkix.
 */
final class ServerKeys {
  private static final char[] PASSWORD = "changeit".toCharArray();
  private static KeyManagerFactory keyManagers;
  private static X509Certificate certificate;

  private ServerKeys() {}

  static synchronized X509Certificate certificate() {
    if (certificate == null) makeKey();
    return certificate;
  }

  private static synchronized KeyManagerFactory keyManagers() {
    if (keyManagers == null) keyManagers = keyManagers(KeyManagerFactory.getDefaultAlgorithm(), null);
    return keyManagers;
  }

  /**
   * A key manager holding the key. BCJSSE needs its own (PKIX from the BCJSSE provider): it asks
   * for TLS 1.2 server keys by names such as {@code ECDHE_RSA}, which the JDK's SunX509 does not
   * know, so every TLS 1.2 suite would fail with "no selectable cipher suite".
   */
  private static synchronized KeyManagerFactory keyManagers(String algorithm, java.security.Provider provider) {
    if (certificate == null) makeKey();
    try {
      KeyManagerFactory kmf = provider == null ? KeyManagerFactory.getInstance(algorithm)
          : KeyManagerFactory.getInstance(algorithm, provider);
      kmf.init(keyStore, PASSWORD);
      return kmf;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot make the test key manager", e);
    }
  }

  private static KeyStore keyStore;

  private static synchronized void makeKey() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      KeyPair kp = g.generateKeyPair();
      AlgorithmIdentifier sha256WithRsa = new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption,
          DERNull.INSTANCE);
      X500Name name = new X500Name("CN=localhost");
      V3TBSCertificateGenerator tbsGen = new V3TBSCertificateGenerator();
      tbsGen.setSerialNumber(new ASN1Integer(BigInteger.ONE));
      tbsGen.setIssuer(name);
      tbsGen.setSubject(name);
      tbsGen.setStartDate(new Time(new Date(System.currentTimeMillis() - 86_400_000L)));
      tbsGen.setEndDate(new Time(new Date(System.currentTimeMillis() + 86_400_000L)));
      tbsGen.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(kp.getPublic().getEncoded()));
      tbsGen.setSignature(sha256WithRsa);
      TBSCertificate tbs = tbsGen.generateTBSCertificate();
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(kp.getPrivate());
      signer.update(tbs.getEncoded(ASN1Encoding.DER));
      ASN1EncodableVector v = new ASN1EncodableVector();
      v.add(tbs);
      v.add(sha256WithRsa);
      v.add(new DERBitString(signer.sign()));
      byte[] der = new DERSequence(v).getEncoded(ASN1Encoding.DER);
      certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der));
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("server", kp.getPrivate(), PASSWORD, new java.security.cert.Certificate[] {certificate});
      keyStore = ks;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot make the test server key", e);
    }
  }

  /** A SunJSSE server context with the JVM's default security properties. */
  static SSLContext sunJsse() {
    try {
      SSLContext c = SSLContext.getInstance("TLS", "SunJSSE");
      c.init(keyManagers().getKeyManagers(), null, null);
      return c;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A BCJSSE server context on the BC JCA provider (BCJSSE needs one, tech notes 1.5). */
  static SSLContext bcJsse() {
    try {
      BouncyCastleJsseProvider bcjsse = new BouncyCastleJsseProvider(new BouncyCastleProvider());
      SSLContext c = SSLContext.getInstance("TLS", bcjsse);
      c.init(keyManagers("PKIX", bcjsse).getKeyManagers(), null, null);
      return c;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The captured ClientHello record of a built-in client, from tls-compat-captures on the test class path. */
  static byte[] capture(String id) {
    String path = "META-INF/tls-compat/captures/v1/" + id + ".hex";
    try (InputStream in = ServerKeys.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) throw new IllegalArgumentException("no capture " + path + " on the class path");
      return HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("\\s", ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
