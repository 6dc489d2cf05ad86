package io.github.tlscompat.profiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientLimits;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a client profile or server policy as a profile file that {@link Catalog} reads back to an
 * equal value: how an imported configuration or a remedy becomes a file you can keep.
 *
 * <p>The file is flat (no {@code extends}); fields at their default are left out unless
 * {@link ProfileInfo#assumed()} names them.
 *
 * @since 0.1.0
 */
public final class ProfileJson {
  private ProfileJson() {}

  /** The profile file for {@code client}, with the metadata of {@code info} (its kind must be client). */
  public static String toJson(ClientProfile client, ProfileInfo info) {
    check(info, ProfileKind.CLIENT, client.id());
    ObjectNode n = header(info, client.name());
    Set<String> assumed = info.assumed();
    names(n, "versions", client.versions(), ProtocolVersion::displayName, true);
    if (client.helloFormat() == HelloFormat.SSL2_COMPATIBLE || assumed.contains("helloFormat")) {
      n.put("helloFormat", client.helloFormat() == HelloFormat.SSL2_COMPATIBLE ? "sslv2-compatible" : "tls-record");
    }
    names(n, "cipherSuites", client.cipherSuites(), CipherSuite::ianaName, true);
    names(n, "groups", client.groups(), NamedGroup::ianaName, assumed.contains("groups"));
    names(n, "keyShares", client.keyShares(), NamedGroup::ianaName, assumed.contains("keyShares"));
    names(n, "signatureAlgorithms", client.signatureAlgorithms(), SignatureScheme::ianaName,
        assumed.contains("signatureAlgorithms"));
    names(n, "signatureAlgorithmsCert", client.signatureAlgorithmsCert(), SignatureScheme::ianaName,
        assumed.contains("signatureAlgorithmsCert"));
    if (!client.extensions().isEmpty() || assumed.contains("extensions")) {
      ArrayNode a = n.putArray("extensions");
      client.extensions().forEach(a::add);
    }
    if (!client.sendsSni() || assumed.contains("sni")) n.put("sni", client.sendsSni());
    // A typical certificate is written as its key type alone, as files that predate issuers say it.
    client.clientCertificate().ifPresent(c -> n.put("clientCertificate",
        isTypical(c) ? keyType(c.keyType()) : c.toString()));
    names(n, "trustedIssuers", client.trustedIssuers(), CertificateIssuer::name, false);
    if (!client.limits().equals(ClientLimits.NONE) || assumed.contains("limits")) limits(n.putObject("limits"), client.limits());
    if (!info.fingerprints().isEmpty()) {
      ObjectNode fp = n.putObject("fingerprints");
      info.fingerprints().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
          .forEach(e -> fp.put(e.getKey(), e.getValue()));
    }
    return write(n);
  }

  /** The profile file for {@code server}, with the metadata of {@code info} (its kind must be server). */
  public static String toJson(ServerPolicy server, ProfileInfo info) {
    check(info, ProfileKind.SERVER, server.id());
    ObjectNode n = header(info, server.name());
    Set<String> assumed = info.assumed();
    names(n, "versions", server.versions(), ProtocolVersion::displayName, true);
    names(n, "cipherSuites", server.cipherSuites(), CipherSuite::ianaName, true);
    if (!server.serverPreference() || assumed.contains("serverPreference")) n.put("serverPreference", server.serverPreference());
    names(n, "groups", server.groups(), NamedGroup::ianaName, assumed.contains("groups"));
    names(n, "signatureSchemes", server.signatureSchemes(), SignatureScheme::ianaName, assumed.contains("signatureSchemes"));
    names(n, "certificates", server.certificates(), CertificateSpec::toString, true);
    if (server.dhBits() != 2048 || assumed.contains("dhBits")) n.put("dhBits", server.dhBits());
    if (server.requiresSni() || assumed.contains("requiresSni")) n.put("requiresSni", server.requiresSni());
    server.fallbackCertificate().ifPresent(c -> n.put("fallbackCertificate", c.toString()));
    if (server.requiresClientCertificate() || assumed.contains("requiresClientCertificate")) {
      n.put("requiresClientCertificate", server.requiresClientCertificate());
    }
    names(n, "trustedIssuers", server.trustedIssuers(), CertificateIssuer::name, false);
    // A file names a habit only where the server differs from the default, or where it is assumed.
    for (ServerHabit habit : ServerHabit.values()) {
      boolean has = server.has(habit);
      if (has != habit.isDefault() || assumed.contains(habit.jsonName())) n.put(habit.jsonName(), has);
    }
    server.library().ifPresent(l -> {
      ObjectNode lib = n.putObject("library");
      lib.put("name", l.build().family().jsonName());
      lib.put("version", l.build().release());
      lib.put("build", l.build().id());
      l.securityLevel().ifPresent(level -> lib.put("securityLevel", level.level()));
    });
    return write(n);
  }


  private static void check(ProfileInfo info, ProfileKind kind, String id) {
    if (info.kind() != kind) {
      throw new IllegalArgumentException("info for '" + info.id() + "' describes a " + info.kind().jsonName()
          + ", not a " + kind.jsonName());
    }
    if (!info.id().equals(id)) {
      throw new IllegalArgumentException("info is for '" + info.id() + "' but the profile is '" + id + "'");
    }
  }

  private static ObjectNode header(ProfileInfo info, String name) {
    ObjectNode n = ProfileFile.MAPPER.createObjectNode();
    n.put("kind", info.kind().jsonName());
    n.put("id", info.id());
    texts(n, "aliases", info.aliases());
    n.put("name", name);
    texts(n, "tags", info.tags().stream().sorted().toList());
    texts(n, "source", info.source());
    texts(n, "notes", info.notes());
    texts(n, "unconfirmed", info.unconfirmed());
    texts(n, "assumed", info.assumed().stream().sorted().toList());
    if (info.partial()) n.put("partial", true);
    return n;
  }

  private static void texts(ObjectNode n, String field, Collection<String> values) {
    if (values.isEmpty()) return;
    ArrayNode a = n.putArray(field);
    values.forEach(a::add);
  }

  private static <E> void names(ObjectNode n, String field, Iterable<E> values, Function<E, String> name, boolean always) {
    if (!values.iterator().hasNext() && !always) return;
    ArrayNode a = n.putArray(field);
    for (E e : values) a.add(name.apply(e));
  }

  private static void limits(ObjectNode n, ClientLimits limits) {
    limits.minDhBits().ifPresent(bits -> n.put("minDhBits", bits));
    limits.maxDhBits().ifPresent(bits -> n.put("maxDhBits", bits));
    limits.minRsaBits().ifPresent(bits -> n.put("minRsaBits", bits));
    limits.maxRsaBits().ifPresent(bits -> n.put("maxRsaBits", bits));
    limits.minEcdsaBits().ifPresent(bits -> n.put("minEcdsaBits", bits));
    if (!limits.certificateSignatureHashes().isEmpty()) {
      ArrayNode a = n.putArray("certificateSignatureHashes");
      for (HashAlgorithm h : limits.certificateSignatureHashes()) a.add(h.name().toLowerCase(Locale.ROOT));
    }
    if (!limits.acceptsWildcardCertificates()) n.put("wildcardCertificates", false);
  }

  private static boolean isTypical(CertificateSpec c) {
    return Set.of(KeyType.RSA, KeyType.EC, KeyType.DSA, KeyType.ED25519, KeyType.ED448).contains(c.keyType())
        && c.equals(CertificateSpec.typical(c.keyType()));
  }

  private static String keyType(KeyType type) {
    return type == KeyType.EC ? "ecdsa" : type.name().toLowerCase(Locale.ROOT);
  }

  private static String write(ObjectNode n) {
    try {
      return ProfileFile.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
