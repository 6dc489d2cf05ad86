package io.github.tlscompat.core.negotiation;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SecurityGrade;
import java.util.List;
import java.util.Locale;

/**
 * Something a person should know about a {@link Connected} handshake: that it runs on a deprecated
 * version or a weak suite (the model says so), or what the evidence behind a connection observed or
 * could not see (a probe or a real handshake says so). Switch over the kinds; {@link #describe()}
 * is for people.
 *
 * @since 0.1.0
 */
public sealed interface Warning {

  /** The warning for a person, one phrase, e.g. {@code negotiated TLSv1.0, deprecated by RFC 8996}. */
  String describe();

  /**
   * The version negotiated is deprecated or prohibited: SSL 2.0 (RFC 6176), SSL 3.0 (RFC 7568),
   * TLS 1.0 or 1.1 (RFC 8996).
   *
   * @param version the version negotiated
   * @since 0.1.0
   */
  record DeprecatedVersion(ProtocolVersion version) implements Warning {
    /**
     * Validates that the version is one of those.
     *
     * @throws IllegalArgumentException for TLS 1.2 or 1.3
     */
    public DeprecatedVersion {
      Preconditions.checkNotNull(version, "version");
      // A test and a throw, not a message supplier (see Preconditions): Negotiator makes one of these
      // per version and per weak suite when it is first used.
      if (!version.isOlderThan(ProtocolVersion.TLS_1_2)) {
        throw new IllegalArgumentException(version.displayName() + " is not deprecated");
      }
    }

    /** The RFC that deprecates or prohibits the version, e.g. {@code RFC 8996}. */
    public String rfc() {
      return switch (version) {
        case SSL_2_0 -> "RFC 6176";
        case SSL_3_0 -> "RFC 7568";
        default -> "RFC 8996";
      };
    }

    /**
     * For example {@code negotiated SSLv2, prohibited by RFC 6176} or {@code negotiated TLSv1.0,
     * deprecated by RFC 8996}.
     */
    @Override public String describe() {
      String verdict = version == ProtocolVersion.SSL_2_0 ? "prohibited" : "deprecated";
      return "negotiated " + version.displayName() + ", " + verdict + " by " + rfc();
    }
  }

  /**
   * The suite negotiated is graded below {@link SecurityGrade#SECURE}.
   *
   * @param suite the suite negotiated
   * @since 0.1.0
   */
  record WeakCipherSuite(CipherSuite suite) implements Warning {
    /**
     * Validates that the suite is graded weak or insecure.
     *
     * @throws IllegalArgumentException for a suite graded secure or recommended
     */
    public WeakCipherSuite {
      Preconditions.checkNotNull(suite, "suite");
      if (suite.grade().compareTo(SecurityGrade.SECURE) >= 0) {
        throw new IllegalArgumentException(suite + " is graded " + suite.grade() + ", not weak");
      }
    }

    /** The suite's grade: {@link SecurityGrade#WEAK} or {@link SecurityGrade#INSECURE}. */
    public SecurityGrade grade() {
      return suite.grade();
    }

    /** For example {@code negotiated a suite graded weak: TLS_RSA_WITH_3DES_EDE_CBC_SHA}. */
    @Override public String describe() {
      return "negotiated a suite graded " + grade().name().toLowerCase(Locale.ROOT) + ": " + suite;
    }
  }

  /**
   * The server's flight before the client's next message stopped before ServerHelloDone, so what it
   * would have sent after (certificate, key exchange) may be missing.
   *
   * @since 0.1.0
   */
  record ServerFlightIncomplete() implements Warning {
    @Override public String describe() {
      return "the server's flight ended before ServerHelloDone";
    }
  }

  /**
   * The server chose a compression method other than null, which exposes secrets to CRIME.
   *
   * @param method the compression method's code (1 is DEFLATE, RFC 3749)
   * @since 0.1.0
   */
  record CompressionChosen(int method) implements Warning {
    /** Validates the code. */
    public CompressionChosen {
      Preconditions.checkArgument(method > 0 && method <= 0xFF,
          () -> "compression method " + method + " is not a non-null octet");
    }

    /** For example {@code the server chose compression method 1 (CRIME)}. */
    @Override public String describe() {
      return "the server chose compression method " + method + " (CRIME)";
    }
  }

  /**
   * The ServerHello's random ends in the RFC 8446 4.1.3 downgrade sentinel: the server speaks TLS
   * 1.3 and negotiated an older version.
   *
   * @since 0.1.0
   */
  record DowngradeSentinel() implements Warning {
    @Override public String describe() {
      return "the random carries the RFC 8446 4.1.3 downgrade sentinel: the server speaks TLS 1.3";
    }
  }

  /**
   * The server asked for a client certificate (CertificateRequest).
   *
   * @since 0.1.0
   */
  record ClientCertificateRequested() implements Warning {
    @Override public String describe() {
      return "the server requests a client certificate";
    }
  }

  /**
   * The connection rests on the server's answer alone: the client's own checks of the certificate
   * and the DH size did not run.
   *
   * @since 0.1.0
   */
  record ClientChecksNotObserved() implements Warning {
    @Override public String describe() {
      return "the client's own checks (certificate, DH size) are not part of a server's answer";
    }
  }

  /**
   * In SSL 2.0 the server lists the cipher kinds it shares and the client picks one; the connection
   * shows the first.
   *
   * @param listed the kinds the server listed, in its order
   * @since 0.1.0
   */
  record Ssl2CipherList(List<CipherSuite> listed) implements Warning {
    /** Copies the list. */
    public Ssl2CipherList {
      listed = List.copyOf(listed);
    }

    /** For example {@code SSL 2.0: the client picks the cipher from the server's list [...]; the first is shown}. */
    @Override public String describe() {
      return "SSL 2.0: the client picks the cipher from the server's list " + listed + "; the first is shown";
    }
  }

  /**
   * TLS 1.3 encrypts the CertificateVerify, and the server did not say which scheme it signed with.
   *
   * @since 0.1.0
   */
  record SignatureSchemeHidden() implements Warning {
    @Override public String describe() {
      return "the CertificateVerify scheme is not known: TLS 1.3 encrypts it, and the server did not say";
    }
  }

  /**
   * The server chose a suite Bouncy Castle cannot run (RC4, DES, export, IDEA), so a real handshake
   * stopped at the ServerHello: the server's choice is proven, the rest of the handshake and the
   * client's checks are not.
   *
   * @param suite the suite the server chose
   * @since 0.1.0
   */
  record UnrunnableSuite(CipherSuite suite) implements Warning {
    /** Validates the component. */
    public UnrunnableSuite {
      Preconditions.checkNotNull(suite, "suite");
    }

    /** For example {@code Bouncy Castle cannot run TLS_RSA_WITH_RC4_128_SHA, so the handshake stopped at ...}. */
    @Override public String describe() {
      return "Bouncy Castle cannot run " + suite + ", so the handshake stopped at the server's ServerHello: the server's"
          + " choice is proven, the rest of the handshake and the client's checks are not";
    }
  }

  /**
   * The server sent a certificate that cannot be read as a key the model has (it does not decode,
   * or its key has no size, e.g. a DSA key whose prime p is 0): the connection's certificate is
   * unknown, and a real client would refuse it.
   *
   * @param why what made it unreadable, naming the certificate's subject and signature algorithm
   * @since 0.1.0
   */
  record CertificateUnreadable(String why) implements Warning {
    /** Validates the component. */
    public CertificateUnreadable {
      Preconditions.checkArgument(why != null && !why.isBlank(), () -> "an unreadable certificate has a reason");
    }

    /** For example {@code the server's certificate is unreadable: CN=x, SHA256withRSA: the DSA key's prime p has 0 bits}. */
    @Override public String describe() {
      return "the server's certificate is unreadable: " + why;
    }
  }

  /**
   * What the reader of a server's answer noticed on the wire, as it says it: a stream that ended
   * early, a record it skipped, what TLS 1.3 encrypted.
   *
   * @param text the reader's note
   * @since 0.1.0
   */
  record WireNote(String text) implements Warning {
    /** Validates the component. */
    public WireNote {
      Preconditions.checkArgument(text != null && !text.isBlank(), () -> "a wire note says something");
    }

    @Override public String describe() {
      return text;
    }
  }
}
