package io.github.tlscompat.evidence.scan;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.HelloLayout;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ExtensionType;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.evidence.wire.ClientHelloEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One crafted ClientHello of a scan: what it offers, written by {@link ClientHelloEncoder} from a
 * throwaway {@link ClientProfile}, so that a scan's hellos are the ones the cross-check's clients
 * are made of.
 *
 * @param versions the versions offered: with TLS 1.3, in supported_versions; else only the newest,
 *     as legacy_version
 * @param suites the cipher suites, in the order offered
 * @param groups supported_groups; empty leaves the extension out
 * @param keyShares the TLS 1.3 key shares; empty sends an empty key_share, asking the server to
 *     pick a group with a HelloRetryRequest (RFC 8446 4.2.8)
 * @param schemes signature_algorithms; empty leaves the extension out
 * @param sni the server_name, or null for none
 * @param legacyVersion a legacy_version to write instead of the encoder's, or 0
 * @param supportedVersions whether supported_versions is written even without TLS 1.3
 * @param ssl2Framed whether the hello is an SSL 2.0 CLIENT-HELLO
 * @param extensions the extension types in wire order; empty for the encoder's default
 *     ({@link ClientHelloEncoder#defaultLayout})
 * @param schemesCert signature_algorithms_cert (RFC 8446 4.2.3); empty leaves the extension out
 */
record Offer(ParameterSet<ProtocolVersion> versions, List<CipherSuite> suites, List<NamedGroup> groups,
    List<NamedGroup> keyShares, List<SignatureScheme> schemes, String sni, int legacyVersion,
    boolean supportedVersions, boolean ssl2Framed, List<Integer> extensions, List<SignatureScheme> schemesCert) {

  Offer {
    suites = List.copyOf(suites);
    groups = List.copyOf(groups);
    keyShares = List.copyOf(keyShares);
    schemes = List.copyOf(schemes);
    extensions = List.copyOf(extensions);
    schemesCert = List.copyOf(schemesCert);
  }

  /**
   * {@code suites} in {@code version} with every group and (from TLS 1.2 on) every scheme valid
   * there; in TLS 1.3 also every scheme in signature_algorithms_cert, since TLS 1.3's
   * signature_algorithms has no PKCS #1 scheme and a server that checks its certificate chain
   * against the client's schemes (BCJSSE) finds a PKCS #1-signed certificate acceptable only there.
   */
  static Offer of(ProtocolVersion version, List<CipherSuite> suites, String sni) {
    return new Offer(ParameterSet.of(version), suites, allGroups(version), List.of(), allSchemes(version), sni, 0,
        false, false, List.of(), version == ProtocolVersion.TLS_1_3 ? certificateSchemes() : List.of());
  }

  /** Every scheme a certificate may be signed with, TLS 1.3's handshake schemes first. */
  static List<SignatureScheme> certificateSchemes() {
    List<SignatureScheme> out = new ArrayList<>(allSchemes(ProtocolVersion.TLS_1_3));
    allSchemes(ProtocolVersion.TLS_1_2).stream().filter(x -> !out.contains(x)).forEach(out::add);
    return out;
  }

  /** An SSL 2.0 CLIENT-HELLO offering {@code suites} (SSL 2.0 kinds, or TLS suites for an SSL 2.0-compatible hello). */
  static Offer ssl2(ProtocolVersion version, List<CipherSuite> suites) {
    return new Offer(ParameterSet.of(version), suites, List.of(), List.of(), List.of(), null, 0, false, true, List.of(), List.of());
  }

  /** Every registered group valid in {@code version}, the ones most servers know first. */
  static List<NamedGroup> allGroups(ProtocolVersion version) {
    if (version == ProtocolVersion.SSL_3_0) return List.of();
    List<NamedGroup> out = new ArrayList<>();
    for (NamedGroup g : NamedGroup.values()) {
      if (g.isRegistered() && g.isValidIn(version)) out.add(g);
    }
    return out;
  }

  /** Every registered scheme usable in {@code version}'s handshake; none before TLS 1.2, which has no signature_algorithms. */
  static List<SignatureScheme> allSchemes(ProtocolVersion version) {
    if (version.isOlderThan(ProtocolVersion.TLS_1_2)) return List.of();
    List<SignatureScheme> out = new ArrayList<>();
    for (SignatureScheme s : SignatureScheme.values()) {
      if (s.isRegistered() && (version == ProtocolVersion.TLS_1_3 ? s.usableInTls13Handshake() : s.usableInTls12())) {
        out.add(s);
      }
    }
    return out;
  }

  Offer withSuites(List<CipherSuite> s) {
    return new Offer(versions, s, groups, keyShares, schemes, sni, legacyVersion, supportedVersions, ssl2Framed, extensions, schemesCert);
  }

  Offer withGroups(List<NamedGroup> g) {
    return new Offer(versions, suites, g, keyShares, schemes, sni, legacyVersion, supportedVersions, ssl2Framed, extensions, schemesCert);
  }

  Offer withKeyShares(List<NamedGroup> k) {
    return new Offer(versions, suites, groups, k, schemes, sni, legacyVersion, supportedVersions, ssl2Framed, extensions, schemesCert);
  }

  Offer withSchemes(List<SignatureScheme> s) {
    return new Offer(versions, suites, groups, keyShares, s, sni, legacyVersion, supportedVersions, ssl2Framed, extensions, schemesCert);
  }

  Offer withSni(String name) {
    return new Offer(versions, suites, groups, keyShares, schemes, name, legacyVersion, supportedVersions, ssl2Framed, extensions, schemesCert);
  }

  /**
   * This offer with signature_algorithms narrowed to {@code s} and every scheme of its version in
   * signature_algorithms_cert: a server that checks its certificate chain against the client's
   * schemes (RFC 5246 7.4.2, which BCJSSE applies) then still finds its certificate acceptable,
   * so its answer is about the signing scheme alone.
   */
  Offer withSigningSchemes(List<SignatureScheme> s) {
    return new Offer(versions, suites, groups, keyShares, s, sni, legacyVersion, supportedVersions, ssl2Framed,
        extensions, certificateSchemes());
  }

  /** This offer with these extension types, in this order (server_name and the rest written as the profile says). */
  Offer withExtensions(List<Integer> types) {
    return new Offer(versions, suites, groups, keyShares, schemes, sni, legacyVersion, supportedVersions, ssl2Framed,
        types, schemesCert);
  }

  /** This offer with {@code versions} in supported_versions and {@code legacy} as legacy_version, TLS 1.3 or not. */
  Offer withVersions(ParameterSet<ProtocolVersion> listed, ProtocolVersion legacy) {
    return new Offer(listed, suites, groups, keyShares, schemes, sni, legacy.code(), true, ssl2Framed, extensions, schemesCert);
  }

  /** This offer with {@code legacy} as legacy_version and no supported_versions. */
  Offer withoutSupportedVersions(ProtocolVersion legacy) {
    return new Offer(ParameterSet.of(legacy), suites, groups, keyShares, schemes, sni, legacy.code(), false,
        ssl2Framed, extensions, schemesCert);
  }

  /** The hello on the wire, record layer included. */
  byte[] encode(RandomGenerator rnd) {
    ClientProfile profile = profile();
    if (legacyVersion == 0 && !supportedVersions) return ClientHelloEncoder.encode(profile, sni, rnd);
    if (!extensions.isEmpty()) throw new IllegalStateException("an offer lists its extensions or rewrites its versions, not both");
    HelloLayout layout = ClientHelloEncoder.defaultLayout(profile);
    List<HelloLayout.Extension> extensions = new ArrayList<>(layout.extensions());
    boolean listed = extensions.stream().anyMatch(e -> e.type() == ExtensionType.supported_versions.code());
    if (supportedVersions && !listed) {
      extensions.add(new HelloLayout.Extension(ExtensionType.supported_versions.code(), new byte[0]));
    } else if (!supportedVersions && listed) {
      extensions.removeIf(e -> e.type() == ExtensionType.supported_versions.code());
    }
    HelloLayout rewritten = new HelloLayout(layout.recordVersion(), legacyVersion != 0 ? legacyVersion
        : layout.legacyVersion(), layout.randomLength(), layout.sessionIdLength(), layout.compressionMethods(),
        extensions, layout.extras());
    List<Integer> types = extensions.stream().map(HelloLayout.Extension::type).toList();
    return ClientHelloEncoder.encode(profile.toBuilder().extensions(types).layout(rewritten).build(), sni, rnd);
  }

  /** The client this offer is, as the model reads it (legacy_version and supported_versions overrides aside). */
  ClientProfile profile() {
    ClientProfile.Builder b = ClientProfile.builder("tls-compat-scan", "tls-compat scan probe")
        .versions(versions).cipherSuites(suites).groups(groups).keyShares(keyShares).signatureAlgorithms(schemes)
        .sendsSni(sni != null);
    if (!extensions.isEmpty()) b.extensions(extensions);
    if (!schemesCert.isEmpty()) b.signatureAlgorithmsCert(schemesCert);
    if (ssl2Framed) b.helloFormat(HelloFormat.SSL2_COMPATIBLE);
    return b.build();
  }

  @Override public String toString() {
    return "Offer" + Arrays.asList(versions, suites.size() + " suites", groups, keyShares, schemes.size() + " schemes",
        sni);
  }
}
