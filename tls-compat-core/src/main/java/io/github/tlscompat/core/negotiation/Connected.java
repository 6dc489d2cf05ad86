package io.github.tlscompat.core.negotiation;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A completed handshake: what the client and the server agreed on.
 *
 * @param version the negotiated version
 * @param cipherSuite the negotiated suite
 * @param group the (EC)DHE group, when the key exchange used one
 * @param dhBits the DHE prime size, when a classic DHE exchange without a named group took place
 * @param signatureScheme the scheme the server signed its key exchange or CertificateVerify with,
 *     when the version negotiates one (TLS 1.2 and 1.3)
 * @param certificate the certificate the server presented; empty for an anonymous suite, where it
 *     presents none
 * @param helloRetryRequest whether TLS 1.3 needed a HelloRetryRequest to agree on a group
 * @param warnings what a person should know, e.g. "negotiated a suite graded insecure"
 * @since 0.1.0
 */
public record Connected(ProtocolVersion version, CipherSuite cipherSuite, Optional<NamedGroup> group,
    OptionalInt dhBits, Optional<SignatureScheme> signatureScheme, Optional<CertificateSpec> certificate,
    boolean helloRetryRequest, List<String> warnings) implements Negotiation {

  /** Validates the components and copies the warnings. */
  public Connected {
    Preconditions.checkNotNull(version, "version");
    Preconditions.checkNotNull(cipherSuite, "cipherSuite");
    Preconditions.checkNotNull(group, "group");
    Preconditions.checkNotNull(dhBits, "dhBits");
    Preconditions.checkNotNull(signatureScheme, "signatureScheme");
    Preconditions.checkNotNull(certificate, "certificate");
    warnings = List.copyOf(warnings);
  }

  @Override public String toString() {
    return "CONNECTED " + version.displayName() + " " + cipherSuite
        + group.map(g -> " " + g).orElse("") + (helloRetryRequest ? " (after HelloRetryRequest)" : "");
  }
}
