package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.HelloLayout;
import io.github.tlscompat.core.model.HelloLayout.Extra;
import io.github.tlscompat.core.model.HelloLayout.Field;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ExtensionType;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/** Maps a {@link ClientHello} to a {@link ClientProfile} by the rules {@link ClientHelloDecoder} states. */
final class ClientProfileMapper {
  /** The record version a layout gets for a hello that came without a record header. */
  private static final int DEFAULT_RECORD_VERSION = 0x0301;

  private ClientProfileMapper() {}

  static ClientProfile toProfile(ClientHello hello, String id, String name) {
    List<Extra> extras = new ArrayList<>();
    boolean ssl2 = hello.format() == HelloFormat.SSL2_COMPATIBLE;
    List<CipherSuite> suites = known(hello.cipherSuites(), Field.CIPHER_SUITES, extras,
        code -> (ssl2 && code > 0xFFFF ? CipherSuite.fromSsl2Code(code) : CipherSuite.fromCode(code)).orElse(null));
    if (suites.isEmpty()) {
      throw new IllegalArgumentException("the ClientHello offers no cipher suite the registry knows: "
          + hex(hello.cipherSuites()) + "; a client profile needs at least one");
    }
    List<NamedGroup> groups = known(hello.u16List(ExtensionType.supported_groups), Field.SUPPORTED_GROUPS,
        extras, code -> NamedGroup.fromCode(code).orElse(null));
    List<SignatureScheme> sigalgs = known(hello.u16List(ExtensionType.signature_algorithms),
        Field.SIGNATURE_ALGORITHMS, extras, code -> SignatureScheme.fromCode(code).orElse(null));
    List<SignatureScheme> sigalgsCert = known(hello.u16List(ExtensionType.signature_algorithms_cert),
        Field.SIGNATURE_ALGORITHMS_CERT, extras, code -> SignatureScheme.fromCode(code).orElse(null));
    List<NamedGroup> keyShares = keyShares(hello.keyShares(), extras);
    ParameterSet<ProtocolVersion> versions = versions(hello, suites, extras);

    List<Integer> extensionTypes = new ArrayList<>();
    for (int type : hello.extensionTypes()) {
      if (!ClientHello.isGrease(type)) extensionTypes.add(type);
    }
    HelloLayout layout = new HelloLayout(
        ssl2 ? 0 : hello.recordVersion() == 0 ? DEFAULT_RECORD_VERSION : hello.recordVersion(),
        hello.legacyVersion(), hello.random().length, hello.sessionId().length,
        hello.compressionMethods(), hello.extensions(), extras);
    return ClientProfile.builder(id, name)
        .versions(versions)
        .helloFormat(hello.format())
        .cipherSuites(suites)
        .groups(groups)
        .keyShares(keyShares)
        .signatureAlgorithms(sigalgs)
        .signatureAlgorithmsCert(sigalgsCert)
        .extensions(extensionTypes)
        .sendsSni(hello.extension(ExtensionType.server_name).isPresent())
        .layout(layout)
        .build();
  }

  /**
   * The registry values of a wire list, each once and GREASE left out; every other entry becomes an
   * extra at its wire index.
   */
  private static <E> List<E> known(List<Integer> codes, Field field, List<Extra> extras, IntFunction<E> lookup) {
    List<E> out = new ArrayList<>();
    Set<E> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      int code = codes.get(i);
      E e = ClientHello.isGrease(code) ? null : lookup.apply(code);
      if (e != null && seen.add(e)) {
        out.add(e);
      } else {
        extras.add(new Extra(field, i, code, 0));
      }
    }
    return out;
  }

  private static List<NamedGroup> keyShares(List<int[]> entries, List<Extra> extras) {
    List<NamedGroup> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      int code = entries.get(i)[0];
      int length = entries.get(i)[1];
      Optional<NamedGroup> group = ClientHello.isGrease(code) ? Optional.empty() : NamedGroup.fromCode(code);
      // A share whose length is not the group's is kept raw, so that the encoder reproduces it.
      if (group.isPresent() && !out.contains(group.get())
          && HelloKeyShare.length(group.get()).orElse(-1) == length) {
        out.add(group.get());
      } else {
        extras.add(new Extra(Field.KEY_SHARE, i, code, length));
      }
    }
    return out;
  }

  /** The versions rule of {@link ClientHelloDecoder}. */
  private static ParameterSet<ProtocolVersion> versions(ClientHello hello, List<CipherSuite> suites,
      List<Extra> extras) {
    List<Integer> listed = hello.supportedVersions();
    EnumSet<ProtocolVersion> fromExtension = EnumSet.noneOf(ProtocolVersion.class);
    for (int i = 0; i < listed.size(); i++) {
      int code = listed.get(i);
      Optional<ProtocolVersion> v = ProtocolVersion.fromCode(code)
          .filter(p -> p != ProtocolVersion.SSL_2_0);
      if (v.isPresent() && fromExtension.add(v.get())) continue;
      // GREASE, TLS 1.3 drafts (0x7FXX), unknown values and repeats.
      extras.add(new Extra(Field.SUPPORTED_VERSIONS, i, code, 0));
    }
    if (!fromExtension.isEmpty()) return ParameterSet.copyOf(ProtocolVersion.class, fromExtension);

    int legacy = hello.legacyVersion();
    boolean ssl2Kinds = hello.format() == HelloFormat.SSL2_COMPATIBLE && suites.stream().anyMatch(CipherSuite::isSsl2);
    if (legacy == ProtocolVersion.SSL_2_0.code()) {
      if (!ssl2Kinds) {
        throw new IllegalArgumentException("the ClientHello says version 0x0002 (SSL 2.0) but offers no "
            + "SSL 2.0 cipher kind in an SSL 2.0 CLIENT-HELLO");
      }
      return ParameterSet.of(ProtocolVersion.SSL_2_0);
    }
    if (legacy < ProtocolVersion.SSL_3_0.code() || (legacy >> 8) != 3) {
      throw new IllegalArgumentException(String.format("the ClientHello's legacy_version 0x%04X names no "
          + "SSL or TLS version (expected 0x0300 to 0x0303)", legacy));
    }
    // No supported_versions: TLS 1.2 at most (RFC 8446 4.2.1), whatever legacy_version says.
    int max = Math.min(legacy, ProtocolVersion.TLS_1_2.code());
    EnumSet<ProtocolVersion> out = EnumSet.noneOf(ProtocolVersion.class);
    if (ssl2Kinds) out.add(ProtocolVersion.SSL_2_0);
    for (ProtocolVersion v : ProtocolVersion.values()) {
      if (v.code() >= ProtocolVersion.SSL_3_0.code() && v.code() <= max) out.add(v);
    }
    return ParameterSet.copyOf(ProtocolVersion.class, out);
  }

  private static String hex(List<Integer> codes) {
    List<String> out = new ArrayList<>();
    for (int c : codes) out.add(String.format(c > 0xFFFF ? "0x%06X" : "0x%04X", c));
    return out.toString();
  }
}
