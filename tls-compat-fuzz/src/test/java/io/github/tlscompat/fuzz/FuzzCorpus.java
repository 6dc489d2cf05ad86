package io.github.tlscompat.fuzz;

import static io.github.tlscompat.evidence.wire.WireBytes.bytes;
import static io.github.tlscompat.evidence.wire.WireBytes.certificateBody;
import static io.github.tlscompat.evidence.wire.WireBytes.concat;
import static io.github.tlscompat.evidence.wire.WireBytes.dsaZeroPrimeCertificate;
import static io.github.tlscompat.evidence.wire.WireBytes.dsaZeroPrimeFlight;
import static io.github.tlscompat.evidence.wire.WireBytes.emptyRecords;
import static io.github.tlscompat.evidence.wire.WireBytes.extension;
import static io.github.tlscompat.evidence.wire.WireBytes.handshake;
import static io.github.tlscompat.evidence.wire.WireBytes.random;
import static io.github.tlscompat.evidence.wire.WireBytes.rc4ServerHello;
import static io.github.tlscompat.evidence.wire.WireBytes.record;
import static io.github.tlscompat.evidence.wire.WireBytes.serverHelloBody;
import static io.github.tlscompat.evidence.wire.WireBytes.ssl2ServerHello;
import static io.github.tlscompat.evidence.wire.WireBytes.tinyRecords;
import static io.github.tlscompat.evidence.wire.WireBytes.tls13ServerHello;
import static io.github.tlscompat.evidence.wire.WireBytes.tls13ServerHelloBody;
import static io.github.tlscompat.evidence.wire.WireBytes.u16;
import static io.github.tlscompat.evidence.wire.WireBytes.u24;
import static io.github.tlscompat.evidence.wire.WireBytes.warningAlerts;

import io.github.tlscompat.evidence.wire.WireBytes;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The seed corpus of every fuzz target, built here so that each file has a provenance: a valid
 * example of what the target reads (after the test resources and captures of the owning modules),
 * or a reproducer of a finding of issue 14 (numbered as there; the server answers are evidence's
 * {@code WireBytes}, the ones its {@code HostileServerResponseTest} asserts on, so the two cannot
 * drift apart). {@link FuzzCorpusTest} proves the
 * checked-in files under {@code src/test/resources/io/github/tlscompat/fuzz/<Class>Inputs/<method>/}
 * are exactly these bytes, and rewrites them when run with {@code -Dfuzz.corpus.write=true}.
 *
 * <p>Everything is deterministic: certificates are assembled from ASN.1 with fixed keys and a dummy
 * signature (the parsers read facts, they never verify), randoms are constant.
 */
final class FuzzCorpus {
  private FuzzCorpus() {}

  /** Seeds by target ({@code Class/method}), then by file name. */
  static Map<String, Map<String, byte[]>> all() throws Exception {
    Map<String, Map<String, byte[]>> all = new LinkedHashMap<>();
    all.put("WireFuzzTest/recordLayer", recordLayer());
    all.put("WireFuzzTest/serverResponse", serverResponse());
    all.put("WireFuzzTest/serverResponseToOffer", serverResponseToOffer());
    all.put("WireFuzzTest/serverCertificate", serverCertificate());
    all.put("WireFuzzTest/clientHello", clientHello());
    all.put("CipherStringFuzzTest/openSslCipherString", cipherString());
    all.put("ProfileFuzzTest/profileFile", profileFile());
    all.put("ConfigFuzzTest/nginx", nginx());
    all.put("ConfigFuzzTest/apache", apache());
    all.put("ConfigFuzzTest/opensslArguments", opensslArguments());
    all.put("ConfigFuzzTest/regFile", regFile());
    all.put("ConfigFuzzTest/getTlsCipherSuite", getTlsCipherSuite());
    all.put("ConfigFuzzTest/jsseProperties", jsseProperties());
    all.put("ConfigFuzzTest/jdkDisabledAlgorithms", jdkDisabledAlgorithms());
    all.put("ConfigFuzzTest/javaSecurity", javaSecurity());
    return all;
  }

  // --- the server's answer (RFC 5246 6.2.1 records, 7.4 handshake messages) ---

  /** Streams a server may send, valid and hostile; each also read whole by {@code serverResponse}. */
  static Map<String, byte[]> streams() throws Exception {
    Map<String, byte[]> s = new LinkedHashMap<>();
    s.put("tls12-ecdhe-rsa-flight", concat(record(22, tls12Flight(rsaCertificate()))));
    s.put("tls12-flight-one-byte-records", oneByteRecords(tls12Flight(rsaCertificate())));
    s.put("tls13-server-hello-and-ccs", concat(record(22, handshake(2, tls13ServerHelloBody())), record(20, bytes(1)),
        record(23, new byte[40])));
    s.put("hello-retry-request", record(22, handshake(2, serverHelloBody(0x0303, HRR_RANDOM, 0x1301,
        extension(43, u16(0x0304)), extension(51, u16(23))))));
    s.put("alert-handshake-failure", record(21, bytes(2, 40)));
    s.put("ssl3-alert-handshake-failure", concat(bytes(21, 3, 0), u16(2), bytes(2, 40)));
    s.put("ssl2-server-hello", ssl2ServerHello(rsaCertificate()));
    s.put("ssl2-error-no-cipher", concat(bytes(0x80, 3), bytes(0), u16(1)));
    s.put("resumed-session-ccs", concat(record(22, handshake(2, serverHelloBody(0x0303, random(), 0xC02F))),
        record(20, bytes(1)), record(22, new byte[32])));
    s.put("truncated-record", Arrays.copyOf(record(22, handshake(2, tls13ServerHelloBody())), 20));
    s.put("record-length-over-2^14+2048", concat(bytes(22, 3, 3), u16((1 << 14) + 2049), new byte[16]));
    s.put("handshake-length-beyond-its-record", record(22, concat(bytes(2), u24(1000), new byte[10])));
    s.put("handshake-header-declaring-16mb", record(22, concat(bytes(11), u24((1 << 24) - 1))));
    s.put("interleaved-alert-in-fragmented-hello", concat(record(22, Arrays.copyOf(handshake(2,
        tls13ServerHelloBody()), 10)), record(21, bytes(1, 0))));
    // Finding 9: an HTTP server's answer, whose text the problem shows (the same, whole or in pieces).
    s.put("http-answer", "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    // Issue 14's reproducers, as evidence's HostileServerResponseTest reads them (WireBytes), shorter.
    // Finding 1: a flight whose certificate has DSA parameters p = q = g = 0.
    s.put("issue14-1-dsa-p0-certificate-flight", dsaZeroPrimeFlight());
    // Finding 2: empty heartbeat records and unknown handshake messages, one note each before the cap.
    s.put("issue14-2-empty-records", emptyRecords(2_000));
    s.put("empty-change-cipher-spec", record(20, new byte[0]));
    // Finding 2, alerts: a stream of warnings, then the fatal one.
    s.put("issue14-2-warning-alerts", concat(warningAlerts(1_000), record(21, bytes(2, 40))));
    // Finding 3: many tiny records in one buffer (64 KiB here; HostileServerResponseTest reads 16 MiB).
    s.put("issue14-3-tiny-records", tinyRecords(64 << 10));
    s.put("empty", new byte[0]);
    return s;
  }

  /**
   * The streams cut into reads: the first byte is the read size less one. One-byte reads for the
   * small ones, 256-byte reads for the long ones, and 7-byte reads (cutting headers in the middle)
   * for a flight and a text answer.
   */
  static Map<String, byte[]> recordLayer() throws Exception {
    Map<String, byte[]> seeds = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : streams().entrySet()) {
      int piece = e.getValue().length > 4096 ? 256 : 1;
      seeds.put(e.getKey() + "-in-" + piece + "-byte-reads", concat(bytes(piece - 1), e.getValue()));
      if (e.getKey().equals("tls12-ecdhe-rsa-flight") || e.getKey().equals("http-answer")) {
        seeds.put(e.getKey() + "-in-7-byte-reads", concat(bytes(6), e.getValue()));
      }
    }
    // Found by fuzzing, 2026-12-03: a byte after a fatal alert, read whole, earned a note that
    // one-byte reads did not.
    seeds.put("found-byte-after-fatal-alert-in-1-byte-reads", concat(bytes(0), record(21, bytes(2, 40)), bytes(0x3B)));
    return seeds;
  }

  static Map<String, byte[]> serverResponse() throws Exception {
    return streams();
  }

  /**
   * Answers to a real client's hello; the first byte is the index in {@link WireFuzzTest#OFFERS}
   * (0 IE 6 on XP, SSL 2.0-framed; 1 IE 8 on XP, TLS 1.0; 2 Chrome 101, TLS 1.3).
   */
  static Map<String, byte[]> serverResponseToOffer() throws Exception {
    Map<String, byte[]> s = new LinkedHashMap<>();
    byte[] tls13 = tls13ServerHello();
    s.put("chrome-101-tls13", concat(bytes(2), tls13));
    s.put("chrome-101-tls12-flight", concat(bytes(2), record(22, tls12Flight(rsaCertificate()))));
    s.put("ie-8-tls10-3des", concat(bytes(1), record(22, concat(handshake(2, serverHelloBody(0x0301, random(), 0x000A)),
        handshake(11, certificateBody(rsaCertificate())), handshake(14, new byte[0])))));
    s.put("ie-6-ssl2-server-hello", concat(bytes(0), ssl2ServerHello(rsaCertificate())));
    // Finding 4: a version or suite the client never offered, and SSL 2.0 to a TLS-framed hello.
    s.put("issue14-4-tls13-to-ie-8", concat(bytes(1), tls13));
    s.put("issue14-4-rc4-to-chrome-101", concat(bytes(2), rc4ServerHello()));
    s.put("issue14-4-ssl2-server-hello-to-chrome-101", concat(bytes(2), ssl2ServerHello(rsaCertificate())));
    s.put("issue14-4-ssl2-server-hello-to-ie-8", concat(bytes(1), ssl2ServerHello(rsaCertificate())));
    return s;
  }

  static Map<String, byte[]> serverCertificate() throws Exception {
    Map<String, byte[]> s = new LinkedHashMap<>();
    s.put("rsa-2048-sha256", rsaCertificate());
    s.put("ecdsa-p256-sha256", ecCertificate());
    s.put("truncated", Arrays.copyOf(rsaCertificate(), 100));
    s.put("issue14-1-dsa-p0", dsaZeroPrimeCertificate());
    s.put("empty", new byte[0]);
    return s;
  }

  /**
   * Captured hellos (tls-compat-captures, from testssl.sh) in the three framings the decoder reads,
   * plus a hello fragmented over two records and one with bytes after it.
   */
  static Map<String, byte[]> clientHello() {
    Map<String, byte[]> s = new LinkedHashMap<>();
    for (String id : new String[] {"chrome-101-win10", "ie-8-xp", "ie-6-xp", "java-6u45", "firefox-30-osx"}) {
      s.put(id, captureBytes(id));
    }
    byte[] ie8 = captureBytes("ie-8-xp");
    byte[] message = Arrays.copyOfRange(ie8, 5, ie8.length);
    s.put("ie-8-xp-bare-handshake-message", message);
    int half = message.length / 2;
    s.put("ie-8-xp-in-two-records", concat(concat(bytes(22, 3, 1), u16(half)), Arrays.copyOf(message, half),
        concat(bytes(22, 3, 1), u16(message.length - half)), Arrays.copyOfRange(message, half, message.length)));
    s.put("ie-8-xp-trailing-byte", concat(ie8, bytes(0)));
    s.put("empty", new byte[0]);
    return s;
  }

  // --- text formats ---

  static Map<String, byte[]> cipherString() {
    return texts(
        "default", "DEFAULT",
        "nginx-default", "HIGH:!aNULL:!MD5",
        "mozilla-intermediate", "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-CHACHA20-POLY1305:"
            + "DHE-RSA-AES128-GCM-SHA256",
        "operators", "ALL:!EXPORT:-3DES:+RC4:kRSA+AESGCM:@STRENGTH",
        "security-level", "DEFAULT:@SECLEVEL=0",
        "tls13-list", "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256",
        "unknown-word", "HIGH:!aNULL:ECDHE-RSA-AES128-GCM-SHA257");
  }

  /** Profiles as a user writes them (see the built-in ones and HostileProfileTest). */
  static Map<String, byte[]> profileFile() {
    Map<String, byte[]> s = texts(
        "client", """
            {
              "kind": "client", "id": "my-client", "name": "My client", "source": ["a test"],
              "versions": ["TLSv1.2", "TLSv1.3"],
              "cipherSuites": ["TLS_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"],
              "groups": ["x25519", "secp256r1"], "signatureSchemes": ["rsa_pss_rsae_sha256", "ecdsa_secp256r1_sha256"]
            }
            """,
        "server", """
            {
              "kind": "server", "id": "my-server", "name": "My server", "source": ["a test"],
              "versions": ["TLSv1.2"], "cipherSuites": ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"],
              "certificates": [{ "keyType": "RSA", "keyBits": 2048, "signatureHash": "SHA256" }]
            }
            """,
        "extends-a-built-in", """
            { "kind": "client", "id": "my-chrome", "name": "Chrome, less", "source": ["a test"],
              "extends": "chrome-101-win10", "versions": ["TLSv1.3"] }
            """,
        "not-an-object", "[1, 2, 3]",
        "deep-nesting", "[".repeat(2_000) + "]".repeat(2_000));
    // Finding 7: 10,000 unknown names, each a "did you mean" before the fix.
    StringBuilder suites = new StringBuilder();
    for (int i = 0; i < 10_000; i++) suites.append(i == 0 ? "" : ",").append("\"TLS_RSA_AES_128_SH").append(i).append('"');
    s.put("issue14-7-ten-thousand-unknown-names", ("{ \"kind\": \"client\", \"id\": \"bad\", \"name\": \"Bad\","
        + " \"source\": [\"a test\"], \"versions\": [\"TLSv1.2\"], \"cipherSuites\": [" + suites + "] }")
        .getBytes(StandardCharsets.UTF_8));
    s.put("invalid-utf-8", concat("{ \"kind\": \"client\", \"id\": \"".getBytes(StandardCharsets.US_ASCII),
        bytes(0xC3, 0x28, 0xFF), "\" }".getBytes(StandardCharsets.US_ASCII)));
    return s;
  }

  /** After core's nginx-mozilla-intermediate.conf and admin/debian-nginx.conf, cut down. */
  static Map<String, byte[]> nginx() {
    return texts(
        "server-block", """
            http {
              server {
                listen 443 ssl;
                server_name example.com *.example.org;
                ssl_protocols TLSv1.2 TLSv1.3;
                ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256;
                ssl_prefer_server_ciphers off;
                ssl_ecdh_curve X25519:prime256v1;
                ssl_dhparam /etc/nginx/ffdhe2048.pem;
                ssl_conf_command Ciphersuites TLS_AES_128_GCM_SHA256;
                ssl_certificate "/etc/ssl/cert.pem"; # comment
              }
            }
            """,
        "include-and-two-servers", """
            include /etc/nginx/conf.d/*.conf;
            server { listen 443 ssl; ssl_protocols TLSv1 TLSv1.1; }
            server { listen 8443 ssl; server_name b; ssl_ciphers 'HIGH:!aNULL'; }
            """,
        "unbalanced", "server { listen 443 ssl;",
        // Finding 6: 5,000 nested blocks.
        "issue14-6-five-thousand-nested-blocks", "a {\n".repeat(5_000) + "}\n".repeat(5_000));
  }

  /** After core's apache-ssl.conf and admin/debian-apache.conf, cut down. */
  static Map<String, byte[]> apache() {
    return texts(
        "virtual-host", """
            <VirtualHost *:443>
              ServerName example.com
              SSLEngine on
              SSLProtocol all -SSLv3 -TLSv1 -TLSv1.1
              SSLCipherSuite ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256
              SSLHonorCipherOrder off
              SSLOpenSSLConfCmd Curves X25519:secp256r1
              SSLCertificateFile /etc/ssl/cert.pem
            </VirtualHost>
            """,
        "global-and-include", """
            SSLProtocol -all +TLSv1.2
            SSLCipherSuite HIGH:!aNULL
            Include conf-enabled/*.conf
            <IfModule mod_ssl.c>
            <VirtualHost _default_:443>
            SSLEngine on
            </VirtualHost>
            </IfModule>
            """,
        "unbalanced-section", "<VirtualHost *:443>\nSSLEngine on\n",
        "nested-sections", "<IfModule a>\n".repeat(2_000) + "</IfModule>\n".repeat(2_000),
        // Found 2026-12-04 (sixth run, 35 s in): an empty quoted word in SSLProtocol had no first
        // character to test for '+' or '-' (StringIndexOutOfBoundsException); the fuzzer's input, cut
        // to the lines that matter.
        "found-empty-quoted-protocol", "SSLEngine on\nSSLProtocol all \"\"\n");
  }

  static Map<String, byte[]> opensslArguments() {
    return texts(
        "cipher-and-versions", "-cipher HIGH:!aNULL -tls1_2",
        "s-server-command", "openssl s_server -accept 4433 -min_protocol TLSv1.2 -max_protocol TLSv1.3"
            + " -ciphersuites TLS_AES_128_GCM_SHA256 -groups X25519:P-256 -sigalgs RSA-PSS+SHA256 -serverpref",
        "quoted-and-dhparam", "-cipher 'ECDHE+AESGCM:DHE+AESGCM' -dhparam \"dh 2048.pem\" -no_tls1_3",
        "missing-value", "-cipher");
  }

  /** After core's iiscrypto-best-practices.reg, cut down; regedit writes UTF-16LE with a byte-order mark. */
  static Map<String, byte[]> regFile() {
    String reg = """
        Windows Registry Editor Version 5.00

        [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server]
        "Enabled"=dword:00000000
        "DisabledByDefault"=dword:00000001

        [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Ciphers\\Triple DES 168]
        "Enabled"=dword:00000000

        [HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002]
        "Functions"="TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"
        """.replace("\n", "\r\n");
    Map<String, byte[]> s = new LinkedHashMap<>();
    s.put("utf-16le-with-bom.reg", concat(bytes(0xFF, 0xFE), reg.getBytes(StandardCharsets.UTF_16LE)));
    s.put("regedit4-ascii.reg", reg.replace("Windows Registry Editor Version 5.00", "REGEDIT4")
        .getBytes(StandardCharsets.US_ASCII));
    s.put("header-only.reg", "Windows Registry Editor Version 5.00\r\n".getBytes(StandardCharsets.US_ASCII));
    return s;
  }

  /** After core's get-tlsciphersuite-ws2019.txt, two entries of it. */
  static Map<String, byte[]> getTlsCipherSuite() {
    return texts("two-suites", """

        KeyType               : 0
        Certificate           : RSA
        MaximumExchangeLength : 65536
        MinimumExchangeLength : 0
        Exchange              : ECDH
        HashLength            : 0
        Hash                  :
        CipherBlockLength     : 16
        CipherLength          : 256
        BaseCipherSuite       : 49200
        CipherSuite           : 49200
        Cipher                : AES
        Name                  : TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
        Protocols             : {771, 65277}

        Name                  : TLS_RSA_WITH_3DES_EDE_CBC_SHA
        Protocols             : {769, 770, 771}
        """,
        "unknown-suite", "Name : TLS_RSA_WITH_NOTHING\n");
  }

  static Map<String, byte[]> jsseProperties() {
    return texts("as-written", """
        # JsseConfig.write
        jdk.tls.server.protocols=TLSv1.2,TLSv1.3
        jdk.tls.server.cipherSuites=TLS_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
        jdk.tls.namedGroups=x25519,secp256r1
        jdk.tls.server.SignatureSchemes=rsa_pss_rsae_sha256
        jdk.tls.ephemeralDHKeySize=2048
        SSLParameters.useCipherSuitesOrder=true
        SSLParameters.needClientAuth=false
        """,
        "continued-lines", "jdk.tls.server.protocols = TLSv1.2, \\\n    TLSv1.3\njdk.tls.server.cipherSuites : TLS_AES_128_GCM_SHA256\n");
  }

  /** The JDK 17 default (java.security), and hostile values (HostileConfigTest). */
  static Map<String, byte[]> jdkDisabledAlgorithms() {
    Map<String, byte[]> s = texts(
        "jdk-17-default", "SSLv3, TLSv1, TLSv1.1, RC4, DES, MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC,"
            + " anon, NULL, include jdk.disabled.namedCurves",
        "constraints", "RSA keySize < 2048 & denyAfter 2020-01-01, ECDHE usage TLSServer, TLS_RSA_*, SHA1 jdkCA",
        // Finding 5: a lonely '&'.
        "issue14-5-ampersand", "&",
        "ampersand-after-constraint", "RC4, DH keySize < 1024 &",
        "key-size-beyond-an-int", "RSA keySize < 99999999999");
    // Found by fuzzing, 2026-12-03: "TLS_R*******SA**" ran past libFuzzer's 10-second timeout (a
    // regular expression per wildcard pattern backtracked); the fuzzer's input, as it wrote it.
    s.put("found-many-stars-timeout", Base64.getDecoder().decode("////XP///1IsU0H//6BUMGVyLCBUTFNfUlNBXyr/////fv///2V5dmUs"
        + "agAAAHIspwEAAAByLCBUTFNfUioqKioqKipTQSoqLCBTSEEyVyxyLCBUSVRISkFXSVRI"));
    return s;
  }

  static Map<String, byte[]> javaSecurity() {
    Map<String, byte[]> s = texts(
        "java-security", """
            # java.security, cut down
            jdk.disabled.namedCurves = secp112r1, secp112r2, secp128r1
            jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, RC4, DES, MD5withRSA, \\
                DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, \\
                include jdk.disabled.namedCurves
            """,
        // Finding 5, as `tls-compat import --type jdk-disabled` read it.
        "issue14-5-ampersand", "jdk.tls.disabledAlgorithms=&\n",
        "bad-unicode-escape", "jdk.tls.disabledAlgorithms=RC4\\u00zz\n");
    // Found 2026-12-03 (third run, at 14:51, then fifth run): a jdk.tls.disabledAlgorithms line that
    // continues the line before it (a trailing backslash), which a line search took for the property
    // and java.util.Properties did not: an internal error (exit 70) instead of bad input.
    s.put("found-property-line-continuing-the-one-before", Base64.getDecoder().decode(
        "IyBqYXZhLnNlY3VyaXR5LCB1dCBkb3duCmpkay5kaXNhYmxlZC5uYW1lZEN1cnZlcyA9IHNlYzhyMWUgPiA1MDI0LCBcCmpkay50bHMuZGlz"
            + "YWJsZWRBbGdvcml0aG1zPVNTTHYzLCBUTFN2MSwgVExTREVTLCCpu8qIlotpemUgPCAyMjQsIDNERVNfRURFX0NCQywgYW5vbiwgTlVM"
            + "TCwgXAogICAgaW5jbHVkZSBqZGsuZGlzYWJsZWQubmFtZWRDdXJ2ZXMK"));
    s.put("found-property-line-continuing-a-continued-line", Base64.getDecoder().decode(
        "IyD/Mv///zI1MTIsIEVDIGV5U2lzYWxTQSwgXAogamRrLnRscy5kaXNhYmxlZEFsZ29yaTL///8yNTEyLCBFQyBleVNpc2FsU0EsIFwKIGpk"
            + "ay50bHMuZGlzYWJsZWRBbGdvcml0aG1zPVNTTHZ0aG1zPVNTTHYzLCBUMSw4NCA="));
    return s;
  }

  // --- building blocks ---

  /** The HelloRetryRequest "random" (RFC 8446 4.1.3). */
  private static final byte[] HRR_RANDOM =
      HexFormat.of().parseHex("CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C");

  /** ServerHello, Certificate, ECDHE secp256r1 ServerKeyExchange signed rsa_pss_rsae_sha256, ServerHelloDone. */
  private static byte[] tls12Flight(byte[] der) {
    byte[] point = new byte[65];
    point[0] = 4;
    byte[] kx = concat(bytes(3), u16(23), bytes(point.length), point, u16(0x0804), u16(256), new byte[256]);
    return concat(handshake(2, serverHelloBody(0x0303, random(), 0xC02F, extension(0xFF01, bytes(0)))),
        handshake(11, certificateBody(der)), handshake(12, kx), handshake(14, new byte[0]));
  }

  /** The handshake messages of a flight, one byte per record. */
  private static byte[] oneByteRecords(byte[] messages) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : messages) out.writeBytes(record(22, new byte[] {b}));
    return out.toByteArray();
  }

  /** A captured ClientHello of tls-compat-captures, as bytes. */
  private static byte[] captureBytes(String id) {
    return WireFuzzTest.captureBytes(id);
  }

  // --- certificates: X.509 assembled from ASN.1, a dummy signature ---

  /** RSA 2048 (modulus 2^2047 + 1, exponent 65537), sha256WithRSAEncryption. */
  static byte[] rsaCertificate() throws Exception {
    RSAPublicKey key = new RSAPublicKey(BigInteger.ONE.shiftLeft(2047).add(BigInteger.ONE), BigInteger.valueOf(65537));
    return certificate("CN=rsa.example", new SubjectPublicKeyInfo(new AlgorithmIdentifier(
        PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE), key), new AlgorithmIdentifier(
        PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE));
  }

  /** ECDSA P-256 (the curve's generator as the public point), ecdsa-with-SHA256. */
  static byte[] ecCertificate() throws Exception {
    byte[] point = ECNamedCurveTable.getByName("P-256").getG().getEncoded(false);
    return certificate("CN=ec.example", new SubjectPublicKeyInfo(new AlgorithmIdentifier(
        X9ObjectIdentifiers.id_ecPublicKey, SECObjectIdentifiers.secp256r1), point),
        new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256));
  }

  private static byte[] certificate(String subject, SubjectPublicKeyInfo key, AlgorithmIdentifier signature) {
    return WireBytes.certificate(subject, key, signature, 64);
  }


  /** Name, text, name, text...: the texts as UTF-8. */
  private static Map<String, byte[]> texts(String... nameAndText) {
    Map<String, byte[]> s = new LinkedHashMap<>();
    for (int i = 0; i < nameAndText.length; i += 2) s.put(nameAndText[i], nameAndText[i + 1].getBytes(StandardCharsets.UTF_8));
    return s;
  }
}
