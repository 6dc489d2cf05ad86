package io.github.tlscompat.core.library;

import io.github.tlscompat.core.cipherstring.BoringSslCipherString;
import io.github.tlscompat.core.cipherstring.OpenSslCipherString;
import io.github.tlscompat.core.library.Dropped.Kind;
import io.github.tlscompat.core.library.Dropped.Reason;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.BulkCipher;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** One run of {@link OpenSslBuild#narrow}: the rules stated there, applied name by name. */
final class Narrowing {
  private final OpenSslBuild build;
  private final ConfiguredTls config;
  private final List<Dropped> dropped = new ArrayList<>();
  private final String cipherText;
  private SecurityLevel level;

  Narrowing(OpenSslBuild build, ConfiguredTls config) {
    this.build = build;
    this.config = config;
    this.cipherText = config.cipherString().orElse(build.defaultCipherString());
  }

  Narrowed run() {
    // Parsed first: the string's @SECLEVEL decides the level for everything else.
    OpenSslCipherString everything = OpenSslCipherString.of(cipherText, OpenSslCipherString.defaultUniverse(),
        build.cipherStringDialect());
    level = everything.securityLevel().isPresent()
        ? SecurityLevel.of(everything.securityLevel().getAsInt())
        : config.securityLevel().orElse(build.defaultSecurityLevel());
    if (!build.version().hasSecurityLevels()) {
      level = SecurityLevel.LEVEL_0;
      if (everything.securityLevel().isPresent()) {
        drop(Kind.CIPHER_STRING, cipherText, Reason.NOT_IN_BUILD, build.name() + " has no security levels (they came"
            + " in " + (openSsl() ? "OpenSSL 1.1.0" : "LibreSSL 3.6.0") + "): @SECLEVEL is an unknown command,"
            + " SSL_CTX_set_cipher_list fails and the server does not start (ssl/ssl_ciph.c ssl_cipher_process_rulestr,"
            + " SSL_R_INVALID_COMMAND)");
      }
    }
    if (build.family() == LibraryFamily.BORINGSSL) {
      for (String word : BoringSslCipherString.of(cipherText, build.cipherSuites()).skippedWords()) {
        drop(Kind.CIPHER_SUITE, word, Reason.NOT_IN_BUILD, build.name() + " has no alias or suite '" + word
            + "' and skips the word (ssl/ssl_cipher.cc ssl_cipher_process_rulestr)");
      }
    }
    ParameterSet<ProtocolVersion> versions = versions();
    PreferenceList<CipherSuite> suites = cipherSuites(everything);
    PreferenceList<CipherSuite> tls13 = tls13Suites();
    PreferenceList<NamedGroup> groups = groups();
    PreferenceList<SignatureScheme> schemes = signatureSchemes();
    List<CertificateSpec> certificates = certificates();
    OptionalInt dh = dhBits();
    return new Narrowed(build, level, versions, suites, tls13, groups, schemes, certificates, dh, dropped);
  }

  private String library() {
    return (openSsl() ? "OpenSSL " + build.version().displayName() : build.name()) + " at security level "
        + level.level();
  }

  private boolean openSsl() {
    return build.family() == LibraryFamily.OPENSSL;
  }

  // A version the level lets through may still complete no handshake: before TLS 1.2 OpenSSL 3.0
  // has no signature the level permits. That is the negotiation's business (ServerLibrary's
  // signatureRefusal), so such a version stays: its clients are refused otherwise than a disabled one's.
  private ParameterSet<ProtocolVersion> versions() {
    if (config.versions().isEmpty()) {
      return build.versions().filter(v -> level.refusalOf(v).isEmpty() && !build.minProtocol().filter(v::isOlderThan).isPresent());
    }
    List<ProtocolVersion> kept = new ArrayList<>();
    for (ProtocolVersion v : config.versions()) {
      String name = v.jsseName();
      if (!build.versions().contains(v)) {
        drop(Kind.PROTOCOL_VERSION, name, Reason.NOT_IN_BUILD, build.name() + " has no " + v.rfcName()
            + (!openSsl() ? " (" + build.name() + "'s TLS method does not enable it)"
                : v == ProtocolVersion.SSL_2_0 ? " (OpenSSL removed it in 1.1.0)" : " (built with no-ssl3, the default)"));
        continue;
      }
      Optional<String> refusal = level.refusalOf(v);
      if (refusal.isPresent()) {
        drop(Kind.PROTOCOL_VERSION, name, Reason.SECURITY_LEVEL, library() + " refuses " + v.rfcName() + ": "
            + refusal.get() + " (ssl/ssl_cert.c ssl_security_default_callback, SSL_SECOP_VERSION)");
        continue;
      }
      kept.add(v);
    }
    return ParameterSet.copyOf(ProtocolVersion.class, kept);
  }

  private PreferenceList<CipherSuite> cipherSuites(OpenSslCipherString everything) {
    PreferenceList<CipherSuite> inBuild;
    try {
      inBuild = OpenSslCipherString.of(cipherText, build.cipherSuites(), build.cipherStringDialect()).suites();
    } catch (IllegalArgumentException noCipherMatch) {
      inBuild = PreferenceList.empty(CipherSuite.class);
    }
    for (CipherSuite s : everything.suites()) {
      if (!inBuild.contains(s)) {
        dropSuite(openSslName(s), Reason.NOT_IN_BUILD, build.name() + " does not implement "
            + s.ianaName() + notInBuildWhy(s));
      }
    }
    if (inBuild.isEmpty()) {
      drop(Kind.CIPHER_STRING, cipherText, Reason.NOT_IN_BUILD, build.name() + " implements none of the suites"
          + " it selects: SSL_CTX_set_cipher_list fails with \"no cipher match\" and the server does not start");
      return inBuild;
    }
    List<CipherSuite> kept = new ArrayList<>();
    for (CipherSuite s : inBuild) {
      if (s.keyExchange().isPsk() || s.keyExchange().agreement() == KeyExchange.Agreement.SRP) {
        dropSuite(openSslName(s), Reason.NEEDS_CREDENTIALS, s.ianaName() + " needs "
            + (s.keyExchange().isPsk() ? "a PSK callback" : "an SRP verifier file")
            + ", which the configuration does not give");
        continue;
      }
      Optional<String> refusal = level.refusalOf(s);
      if (refusal.isPresent()) {
        dropSuite(openSslName(s), Reason.SECURITY_LEVEL, library() + " refuses " + s.ianaName()
            + ": " + refusal.get() + " (ssl/ssl_cert.c ssl_security_default_callback, SSL_SECOP_CIPHER)");
        continue;
      }
      kept.add(s);
    }
    return PreferenceList.copyOf(CipherSuite.class, kept);
  }

  private String notInBuildWhy(CipherSuite s) {
    if (!openSsl()) return " (not in its ssl/s3_lib.c table)";
    if (s.cipher() == BulkCipher.CHACHA20_POLY1305 && s.name().endsWith("_OLD")) {
      return " (a draft ChaCha20 code point OpenSSL never had)";
    }
    return switch (s.keyExchange().agreement()) {
      case DH, ECDH -> " (static DH and ECDH, removed in OpenSSL 1.1.0)";
      case KRB5 -> " (Kerberos, removed in OpenSSL 1.1.0)";
      case GOST -> " (GOST needs the GOST engine)";
      default -> switch (s.cipher()) {
        case TDES_EDE_CBC, RC4_40, RC4_56, RC4_128, DES_CBC, DES40_CBC ->
            " (a \"weak\" suite, built only with enable-weak-ssl-ciphers)";
        case IDEA_CBC, SEED_CBC, RC2_CBC_40, RC2_CBC_56 -> " (its cipher is in the legacy provider, not loaded)";
        default -> "";
      };
    };
  }

  private PreferenceList<CipherSuite> tls13Suites() {
    // BoringSSL's TLS 1.3 suites cannot be configured (it has no SSL_CTX_set_ciphersuites).
    if (config.tls13Suites().isEmpty() || build.family() == LibraryFamily.BORINGSSL) {
      return filterSilently(build.defaultTls13Suites());
    }
    List<CipherSuite> kept = new ArrayList<>();
    for (CipherSuite s : OpenSslCipherString.parseTls13(config.tls13Suites().get())) {
      if (!build.tls13Suites().contains(s)) {
        drop(Kind.CIPHER_SUITE, s.ianaName(), Reason.NOT_IN_BUILD, build.name() + " does not implement " + s.ianaName());
        continue;
      }
      Optional<String> refusal = level.refusalOf(s);
      if (refusal.isPresent()) {
        drop(Kind.CIPHER_SUITE, s.ianaName(), Reason.SECURITY_LEVEL, library() + " refuses " + s.ianaName() + ": "
            + refusal.get() + " (ssl/ssl_cert.c ssl_security_default_callback, SSL_SECOP_CIPHER)");
        continue;
      }
      kept.add(s);
    }
    return PreferenceList.copyOf(CipherSuite.class, kept);
  }

  private PreferenceList<CipherSuite> filterSilently(PreferenceList<CipherSuite> suites) {
    return PreferenceList.copyOf(CipherSuite.class,
        suites.stream().filter(s -> level.refusalOf(s).isEmpty()).toList());
  }

  private PreferenceList<NamedGroup> groups() {
    if (config.groups().isEmpty()) {
      return PreferenceList.copyOf(NamedGroup.class,
          build.defaultGroups().stream().filter(g -> level.permitsBits(SecurityBits.ofGroup(g))).toList());
    }
    List<NamedGroup> kept = new ArrayList<>();
    for (NamedGroup g : config.groups()) {
      String name = g.openSslName().orElse(g.ianaName());
      if (!build.groups().contains(g)) {
        drop(Kind.NAMED_GROUP, name, Reason.NOT_IN_BUILD, build.name() + " does not implement " + g.ianaName());
        continue;
      }
      int bits = SecurityBits.ofGroup(g);
      if (!level.permitsBits(bits)) {
        drop(Kind.NAMED_GROUP, name, Reason.SECURITY_LEVEL, library() + " refuses " + g.ianaName() + ": "
            + bits + " bits of security, below the level's " + level.minimumBits()
            + " (ssl/t1_lib.c tls_group_allowed, SSL_SECOP_CURVE_SUPPORTED)");
        continue;
      }
      kept.add(g);
    }
    return PreferenceList.copyOf(NamedGroup.class, kept);
  }

  // Schemes the level refuses stay too: which of them a handshake may use is decided per client
  // (ServerLibrary.permitsSignatureScheme), so that a refusal names the level, not a missing scheme.
  private PreferenceList<SignatureScheme> signatureSchemes() {
    if (config.signatureSchemes().isEmpty()) return build.defaultSignatureSchemes();
    List<SignatureScheme> kept = new ArrayList<>();
    for (SignatureScheme s : config.signatureSchemes()) {
      if (!build.signatureSchemes().contains(s)) {
        drop(Kind.SIGNATURE_SCHEME, s.ianaName(), Reason.NOT_IN_BUILD, build.name() + " does not implement " + s.ianaName());
        continue;
      }
      kept.add(s);
    }
    return PreferenceList.copyOf(SignatureScheme.class, kept);
  }

  private List<CertificateSpec> certificates() {
    List<CertificateSpec> kept = new ArrayList<>();
    for (CertificateSpec c : config.certificates()) {
      int keyBits = SecurityBits.ofKey(c.keyType(), c.keyBits());
      int signatureBits = SecurityBits.ofCertificateSignature(c.signatureHash(), build.version());
      if (!level.permitsBits(keyBits)) {
        drop(Kind.CERTIFICATE, c.toString(), Reason.SECURITY_LEVEL, library() + " refuses a " + c.keyBits()
            + "-bit " + c.keyType() + " key: " + keyBits + " bits of security, below the level's "
            + level.minimumBits() + "; loading it fails with \"ee key too small\" and the server does not start"
            + " (ssl/ssl_rsa.c SSL_CTX_use_certificate, ssl/t1_lib.c ssl_security_cert_key)");
        continue;
      }
      if (!level.permitsBits(signatureBits)) {
        drop(Kind.CERTIFICATE, c.toString(), Reason.SECURITY_LEVEL, library() + " refuses a certificate signed"
            + " with " + c.signatureHash() + ": rated " + signatureBits + " bits of security, below the level's "
            + level.minimumBits() + "; loading it fails with \"ca md too weak\" and the server does not start,"
            + " unless it is self-signed (ssl/t1_lib.c ssl_security_cert_sig)");
        continue;
      }
      kept.add(c);
    }
    return kept;
  }

  private OptionalInt dhBits() {
    if (config.dhBits().isEmpty()) return OptionalInt.empty();
    int bits = config.dhBits().getAsInt();
    if (level.permitsDhBits(bits) || !build.version().hasSecurityLevels()) return OptionalInt.of(bits);
    int security = SecurityBits.ofFiniteField(bits);
    drop(Kind.DH_PARAMETERS, bits + "-bit DH", Reason.SECURITY_LEVEL, library() + " refuses " + bits
        + "-bit DH parameters: " + security + " bits of security, below the level's "
        + Math.max(80, level.minimumBits()) + "; SSL_CTX_set0_tmp_dh_pkey fails with \"dh key too small\" and"
        + " the server does not start (ssl/ssl_lib.c, SSL_SECOP_TMP_DH)");
    return OptionalInt.empty();
  }

  private void drop(Kind kind, String name, Reason reason, String explanation) {
    dropped.add(new Dropped(kind, name, reason, explanation));
  }

  // The library's own DEFAULT is not the configuration's doing: what it loses is not reported.
  private void dropSuite(String name, Reason reason, String explanation) {
    if (config.cipherString().isPresent()) drop(Kind.CIPHER_SUITE, name, reason, explanation);
  }

  private static String openSslName(CipherSuite s) {
    return s.openSslName().orElse(s.ianaName());
  }
}
