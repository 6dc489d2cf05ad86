package io.github.tlscompat.core.library;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.List;
import java.util.OptionalInt;

/**
 * What a server configuration amounts to on one TLS library: the result of
 * {@link OpenSslBuild#narrow}, with every configured name the library drops and why.
 *
 * @param build the library it was narrowed for
 * @param securityLevel the level in effect
 * @param versions the versions a handshake can end in
 * @param cipherSuites the TLS 1.2-and-earlier suites the server will choose from, in its order
 * @param tls13Suites the TLS 1.3 suites, in its order
 * @param groups the groups it will use, in its order
 * @param signatureSchemes the signature schemes it is configured to sign with, in its order, those the
 *     level refuses included (the negotiation applies {@link ServerLibrary#permitsSignatureScheme})
 * @param certificates the certificates it loads
 * @param dhBits the prime size of its DH parameters, or empty when none were configured or they
 *     were refused
 * @param dropped what was dropped, in the configuration's order: versions, suites, groups,
 *     schemes, certificates, DH parameters
 * @since 0.1.0
 */
public record Narrowed(OpenSslBuild build, SecurityLevel securityLevel, ParameterSet<ProtocolVersion> versions,
    PreferenceList<CipherSuite> cipherSuites, PreferenceList<CipherSuite> tls13Suites,
    PreferenceList<NamedGroup> groups, PreferenceList<SignatureScheme> signatureSchemes,
    List<CertificateSpec> certificates, OptionalInt dhBits, List<Dropped> dropped) {

  /** Validates the components and copies the lists. */
  public Narrowed {
    Preconditions.checkNotNull(build, "build");
    Preconditions.checkNotNull(securityLevel, "securityLevel");
    Preconditions.checkNotNull(versions, "versions");
    Preconditions.checkNotNull(cipherSuites, "cipherSuites");
    Preconditions.checkNotNull(tls13Suites, "tls13Suites");
    Preconditions.checkNotNull(groups, "groups");
    Preconditions.checkNotNull(signatureSchemes, "signatureSchemes");
    certificates = List.copyOf(Preconditions.checkNotNull(certificates, "certificates"));
    Preconditions.checkNotNull(dhBits, "dhBits");
    dropped = List.copyOf(Preconditions.checkNotNull(dropped, "dropped"));
  }

  /**
   * Whether the server starts with this configuration: false when the library refuses a
   * certificate, the DH parameters or the whole cipher string ({@link Dropped#stopsServer()}).
   */
  public boolean startsUp() {
    return dropped.stream().noneMatch(Dropped::stopsServer);
  }

  /** The dropped names of one kind, in order. */
  public List<Dropped> dropped(Dropped.Kind kind) {
    return dropped.stream().filter(d -> d.kind() == kind).toList();
  }
}
