package io.github.tlscompat.core.negotiation;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.List;

/**
 * One parameter on which an observed connection differs from the predicted one
 * ({@link Connected#differencesFrom}): each kind holds what was predicted and what was observed.
 * Switch over the kinds; {@link #describe()} is for people.
 *
 * @since 0.1.0
 */
public sealed interface Difference {

  /** The difference for a person, observed first, e.g. {@code group secp384r1 not x25519}. */
  String describe();

  /**
   * Another protocol version.
   *
   * @param predicted the model's version
   * @param observed the version seen
   * @since 0.1.0
   */
  record VersionDiffers(ProtocolVersion predicted, ProtocolVersion observed) implements Difference {
    /** Validates the components. */
    public VersionDiffers {
      Preconditions.checkNotNull(predicted, "predicted");
      Preconditions.checkNotNull(observed, "observed");
    }

    /** For example {@code version TLSv1.2 not TLSv1.3}. */
    @Override public String describe() {
      return "version " + observed.jsseName() + " not " + predicted.jsseName();
    }
  }

  /**
   * Another cipher suite.
   *
   * @param predicted the model's suite
   * @param observed the suite seen
   * @since 0.1.0
   */
  record CipherSuiteDiffers(CipherSuite predicted, CipherSuite observed) implements Difference {
    /** Validates the components. */
    public CipherSuiteDiffers {
      Preconditions.checkNotNull(predicted, "predicted");
      Preconditions.checkNotNull(observed, "observed");
    }

    /** For example {@code suite TLS_RSA_WITH_3DES_EDE_CBC_SHA not TLS_RSA_WITH_AES_128_CBC_SHA}. */
    @Override public String describe() {
      return "suite " + observed + " not " + predicted;
    }
  }

  /**
   * In SSL 2.0, where the client picks from the kinds the server lists: the server's list lacks the
   * predicted kind.
   *
   * @param predicted the model's cipher kind
   * @param listed the kinds the server listed
   * @since 0.1.0
   */
  record CipherSuiteNotListed(CipherSuite predicted, List<CipherSuite> listed) implements Difference {
    /** Validates the components and copies the list. */
    public CipherSuiteNotListed {
      Preconditions.checkNotNull(predicted, "predicted");
      listed = List.copyOf(listed);
    }

    /** For example {@code server lists [SSL_CK_RC4_128_WITH_MD5] without SSL_CK_DES_192_EDE3_CBC_WITH_MD5}. */
    @Override public String describe() {
      return "server lists " + listed + " without " + predicted;
    }
  }

  /**
   * Another (EC)DHE group.
   *
   * @param predicted the model's group
   * @param observed the group seen
   * @since 0.1.0
   */
  record GroupDiffers(NamedGroup predicted, NamedGroup observed) implements Difference {
    /** Validates the components. */
    public GroupDiffers {
      Preconditions.checkNotNull(predicted, "predicted");
      Preconditions.checkNotNull(observed, "observed");
    }

    /** For example {@code group secp384r1 not x25519}. */
    @Override public String describe() {
      return "group " + observed + " not " + predicted;
    }
  }

  /**
   * Another size of classic DHE prime.
   *
   * @param predicted the model's size in bits
   * @param observed the size seen
   * @since 0.1.0
   */
  record DhBitsDiffer(int predicted, int observed) implements Difference {
    /** For example {@code DH prime 1024 bits not 2048}. */
    @Override public String describe() {
      return "DH prime " + observed + " bits not " + predicted;
    }
  }

  /**
   * Another signature scheme for the key exchange or CertificateVerify.
   *
   * @param predicted the model's scheme
   * @param observed the scheme seen
   * @since 0.1.0
   */
  record SignatureSchemeDiffers(SignatureScheme predicted, SignatureScheme observed) implements Difference {
    /** Validates the components. */
    public SignatureSchemeDiffers {
      Preconditions.checkNotNull(predicted, "predicted");
      Preconditions.checkNotNull(observed, "observed");
    }

    /** For example {@code signature scheme rsa_pkcs1_sha256 not rsa_pss_rsae_sha256}. */
    @Override public String describe() {
      return "signature scheme " + observed + " not " + predicted;
    }
  }

  /**
   * Another certificate: key type, size or signature hash.
   *
   * @param predicted the certificate the model presents
   * @param observed the certificate seen
   * @since 0.1.0
   */
  record CertificateDiffers(CertificateSpec predicted, CertificateSpec observed) implements Difference {
    /** Validates the components. */
    public CertificateDiffers {
      Preconditions.checkNotNull(predicted, "predicted");
      Preconditions.checkNotNull(observed, "observed");
    }

    /** For example {@code certificate ecdsa:256:sha256 not rsa:2048:sha256}. */
    @Override public String describe() {
      return "certificate " + observed + " not " + predicted;
    }
  }

  /**
   * In TLS 1.3, a HelloRetryRequest where none was predicted, or none where one was.
   *
   * @param observed whether a HelloRetryRequest was seen
   * @since 0.1.0
   */
  record HelloRetryRequestDiffers(boolean observed) implements Difference {
    /** {@code a HelloRetryRequest was needed} or {@code no HelloRetryRequest was needed}. */
    @Override public String describe() {
      return observed ? "a HelloRetryRequest was needed" : "no HelloRetryRequest was needed";
    }
  }
}
