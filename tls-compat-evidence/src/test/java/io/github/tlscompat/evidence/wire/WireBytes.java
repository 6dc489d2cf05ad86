package io.github.tlscompat.evidence.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Date;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DSAParameter;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Hand-built wire bytes (RFC 5246 6.2.1 records, 7.4 handshake messages) and issue 14's hostile
 * server answers, in one place for the parser's tests here and for tls-compat-fuzz's corpus (this
 * module's test jar), so that the reproducers the fuzzers replay are the ones the tests assert on.
 * The hostile answers take their length as a parameter: the tests read millions of bytes, the
 * corpus keeps files small.
 */
public final class WireBytes {
  private WireBytes() {}

  // --- building blocks ---

  /** The values as bytes, each cut to its low 8 bits. */
  public static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
    return b;
  }

  /** The parts, one after the other. */
  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  /** A big-endian 16-bit number. */
  public static byte[] u16(int v) {
    return bytes(v >> 8, v);
  }

  /** A big-endian 24-bit number. */
  public static byte[] u24(int v) {
    return bytes(v >> 16, v >> 8, v);
  }

  /** A TLS 1.2 record of content type {@code type} holding {@code fragment}. */
  public static byte[] record(int type, byte[] fragment) {
    return concat(bytes(type, 3, 3), u16(fragment.length), fragment);
  }

  /** A handshake message of type {@code type}. */
  public static byte[] handshake(int type, byte[] body) {
    return concat(bytes(type), u24(body.length), body);
  }

  /** An extension of type {@code type}. */
  public static byte[] extension(int type, byte[] data) {
    return concat(u16(type), u16(data.length), data);
  }

  /** A ServerHello body (RFC 5246 7.4.1.3) with a 32-byte session id, extensions only when given. */
  public static byte[] serverHelloBody(int version, byte[] random, int suite, byte[]... extensions) {
    byte[] exts = concat(extensions);
    return concat(u16(version), random, bytes(32), new byte[32], u16(suite), bytes(0),
        extensions.length == 0 ? new byte[0] : concat(u16(exts.length), exts));
  }

  /** The server random of every hand-built hello: 32 bytes of 0x42. */
  public static byte[] random() {
    byte[] r = new byte[32];
    Arrays.fill(r, (byte) 0x42);
    return r;
  }

  /** A Certificate message body (RFC 5246 7.4.2) holding one certificate. */
  public static byte[] certificateBody(byte[] der) {
    byte[] entry = concat(u24(der.length), der);
    return concat(u24(entry.length), entry);
  }

  /** TLS 1.3 by supported_versions, TLS_AES_128_GCM_SHA256, an x25519 key share (RFC 8446 4.1.3). */
  public static byte[] tls13ServerHelloBody() {
    return serverHelloBody(0x0303, random(), 0x1301, extension(43, u16(0x0304)),
        extension(51, concat(u16(29), u16(32), new byte[32])));
  }

  /**
   * An SSL 2.0 SERVER-HELLO with certificate {@code der}, offering SSL_CK_RC4_128_WITH_MD5 (SSL 2.0
   * specification, "Server Only Protocol Messages").
   */
  public static byte[] ssl2ServerHello(byte[] der) {
    byte[] specs = bytes(0x01, 0x00, 0x80);
    byte[] message = concat(bytes(4, 0, 1), u16(2), u16(der.length), u16(specs.length), u16(16), der, specs,
        new byte[16]);
    return concat(bytes(0x80 | message.length >> 8, message.length), message);
  }

  // --- issue 14's hostile answers ---

  /** Finding 1: a certificate whose DSA key has p = 0, q = 0, g = 0: decodes as X.509, names a 0-bit key. */
  public static byte[] dsaZeroPrimeCertificate() {
    AlgorithmIdentifier dsa = new AlgorithmIdentifier(X9ObjectIdentifiers.id_dsa,
        new DSAParameter(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO));
    SubjectPublicKeyInfo key;
    try {
      key = new SubjectPublicKeyInfo(dsa, new ASN1Integer(BigInteger.ONE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return certificate("CN=hostile", key, new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption,
        DERNull.INSTANCE), 256);
  }

  /**
   * A self-issued X.509 certificate for {@code subject} holding {@code key}, "signed" with
   * {@code signature} by {@code signatureBytes} zero bytes: it decodes, it never verifies.
   */
  public static byte[] certificate(String subject, SubjectPublicKeyInfo key, AlgorithmIdentifier signature,
      int signatureBytes) {
    X500Name name = new X500Name(subject);
    V3TBSCertificateGenerator tbsGen = new V3TBSCertificateGenerator();
    tbsGen.setSerialNumber(new ASN1Integer(BigInteger.ONE));
    tbsGen.setIssuer(name);
    tbsGen.setSubject(name);
    tbsGen.setStartDate(new Time(new Date(0)));
    tbsGen.setEndDate(new Time(new Date(4_102_444_800_000L)));
    tbsGen.setSubjectPublicKeyInfo(key);
    tbsGen.setSignature(signature);
    TBSCertificate tbs = tbsGen.generateTBSCertificate();
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(tbs);
    v.add(signature);
    v.add(new DERBitString(new byte[signatureBytes]));
    try {
      return new DERSequence(v).getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Finding 1: a TLS 1.2 DHE_RSA answer whose certificate is {@link #dsaZeroPrimeCertificate()}. */
  public static byte[] dsaZeroPrimeFlight() {
    return record(22, concat(
        handshake(2, serverHelloBody(0x0303, random(), 0x0032, extension(0xFF01, bytes(0)))),
        handshake(11, certificateBody(dsaZeroPrimeCertificate())), handshake(14, new byte[0])));
  }

  /**
   * Finding 2: {@code pairs} times an empty heartbeat record and an empty handshake message of
   * unknown type 99, each worth a note before the cap.
   */
  public static byte[] emptyRecords(int pairs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < pairs; i++) {
      out.writeBytes(record(24, new byte[0]));
      out.writeBytes(record(22, handshake(99, new byte[0])));
    }
    return out.toByteArray();
  }

  /** Finding 2, alerts: {@code count} warning user_canceled alerts, each in its record. */
  public static byte[] warningAlerts(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < count; i++) out.writeBytes(record(21, bytes(1, 112)));
    return out.toByteArray();
  }

  /** Finding 3: ChangeCipherSpec records of 6 bytes each, as many as fit in {@code size} bytes. */
  public static byte[] tinyRecords(int size) {
    byte[] ccs = record(20, bytes(1));
    byte[] stream = new byte[size / ccs.length * ccs.length];
    for (int i = 0; i < stream.length; i += ccs.length) System.arraycopy(ccs, 0, stream, i, ccs.length);
    return stream;
  }

  /** Finding 4: a TLS 1.3 ServerHello, to a client that offered TLS 1.0 at most. */
  public static byte[] tls13ServerHello() {
    return record(22, handshake(2, tls13ServerHelloBody()));
  }

  /** Finding 4: a ServerHello picking TLS_RSA_WITH_RC4_128_SHA, to a client that never offered RC4. */
  public static byte[] rc4ServerHello() {
    return record(22, handshake(2, serverHelloBody(0x0303, random(), 0x0005, extension(0xFF01, bytes(0)))));
  }
}
