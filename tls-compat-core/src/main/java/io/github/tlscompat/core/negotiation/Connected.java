package io.github.tlscompat.core.negotiation;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.ArrayList;
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
 * @param warnings what a person should know, e.g. a {@link Warning.WeakCipherSuite}
 * @since 0.1.0
 */
public record Connected(ProtocolVersion version, CipherSuite cipherSuite, Optional<NamedGroup> group,
    OptionalInt dhBits, Optional<SignatureScheme> signatureScheme, Optional<CertificateSpec> certificate,
    boolean helloRetryRequest, List<Warning> warnings) implements Negotiation {

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

  /**
   * Where this connection, as seen on the wire or in a real handshake, differs from
   * {@code predicted}: one {@link Difference} per parameter, in the order version, suite, group, DH
   * size, signature scheme, HelloRetryRequest, certificate; empty when they agree. Group, DH size,
   * signature scheme and certificate count only when both show them (TLS 1.3 hides the scheme and
   * certificate from a probe); the certificate by key type, size and signature hash, which the
   * handshake negotiates (a wildcard is the client's check, and shows as its refusal). The
   * HelloRetryRequest counts in TLS 1.3.
   */
  public List<Difference> differencesFrom(Connected predicted) {
    Preconditions.checkNotNull(predicted, "predicted");
    List<Difference> d = new ArrayList<>();
    if (predicted.version != version) d.add(new Difference.VersionDiffers(predicted.version, version));
    if (predicted.cipherSuite != cipherSuite) {
      d.add(new Difference.CipherSuiteDiffers(predicted.cipherSuite, cipherSuite));
    }
    if (predicted.group.isPresent() && group.isPresent() && !predicted.group.equals(group)) {
      d.add(new Difference.GroupDiffers(predicted.group.get(), group.get()));
    }
    if (predicted.dhBits.isPresent() && dhBits.isPresent() && !predicted.dhBits.equals(dhBits)) {
      d.add(new Difference.DhBitsDiffer(predicted.dhBits.getAsInt(), dhBits.getAsInt()));
    }
    if (predicted.signatureScheme.isPresent() && signatureScheme.isPresent()
        && !predicted.signatureScheme.equals(signatureScheme)) {
      d.add(new Difference.SignatureSchemeDiffers(predicted.signatureScheme.get(), signatureScheme.get()));
    }
    if (version == ProtocolVersion.TLS_1_3 && predicted.helloRetryRequest != helloRetryRequest) {
      d.add(new Difference.HelloRetryRequestDiffers(helloRetryRequest));
    }
    if (predicted.certificate.isPresent() && certificate.isPresent()) {
      CertificateSpec m = predicted.certificate.get();
      CertificateSpec s = certificate.get();
      if (m.keyType() != s.keyType() || m.keyBits() != s.keyBits() || m.signatureHash() != s.signatureHash()) {
        d.add(new Difference.CertificateDiffers(m, s));
      }
    }
    return d;
  }

  @Override public String toString() {
    return "CONNECTED " + version.displayName() + " " + cipherSuite
        + group.map(g -> " " + g).orElse("") + (helloRetryRequest ? " (after HelloRetryRequest)" : "");
  }
}
