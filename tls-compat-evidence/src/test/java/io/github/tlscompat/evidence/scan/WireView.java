package io.github.tlscompat.evidence.scan;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange.Agreement;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the wire can show of a policy, worked out by the model: the answers a scan's probes get
 * from a server that follows {@code policy} exactly, in a few lines a test compares. Two policies
 * with the same view cannot be told apart by a scan: the versions, the suites of each version in the
 * order they are picked (the server's order where it wins), whose order wins, the groups in the
 * order they are asked for, the DH prime size, the certificates served, and what a hello without
 * server_name gets.
 */
final class WireView {
  private static final List<ProtocolVersion> VERSIONS = List.of(ProtocolVersion.SSL_3_0, ProtocolVersion.TLS_1_0,
      ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);

  private WireView() {}

  static String of(ServerPolicy p, String sni) {
    List<String> lines = new ArrayList<>();
    TreeSet<String> certificates = new TreeSet<>();
    ProtocolVersion newest = null;
    List<CipherSuite> newestSuites = List.of();
    for (ProtocolVersion v : VERSIONS) {
      List<CipherSuite> chain = chain(p, Offer.of(v, Scan.suitesValidIn(v), sni), Scan.suitesValidIn(v), v,
          Offer::withSuites,
          c -> Optional.of(c.cipherSuite()), c -> c.certificate().ifPresent(cert -> certificates.add(cert.toString())));
      if (chain.isEmpty()) continue;
      lines.add(v.displayName() + ": " + chain);
      if (chain.size() >= 2) {
        lines.add(v.displayName() + " given " + chain.get(1) + " then " + chain.get(0) + " picks "
            + pick(p, Offer.of(v, List.of(chain.get(1), chain.get(0)), sni)).map(Connected::cipherSuite).orElse(null));
      }
      newest = v;
      newestSuites = chain;
      List<CipherSuite> dhe = chain.stream().filter(s -> !s.isTls13() && s.keyExchange().agreement() == Agreement.DHE).toList();
      if (!dhe.isEmpty()) {
        lines.add(v.displayName() + " DHE prime: " + pick(p, Offer.of(v, dhe, sni).withGroups(List.of()))
            .map(c -> c.dhBits().orElse(0)).orElse(0));
      }
    }
    if (newest == ProtocolVersion.TLS_1_3) {
      lines.add("TLSv1.3 groups: " + chain(p, Offer.of(newest, newestSuites, sni),
          Offer.allGroups(ProtocolVersion.TLS_1_3), newest,
          Offer::withGroups, c -> c.group(), c -> { }));
      for (KeyType key : List.of(KeyType.RSA, KeyType.EC)) {
        List<SignatureScheme> schemes = Offer.allSchemes(newest).stream().filter(s -> s.keyType() == key
            || key == KeyType.RSA && s.keyType() == KeyType.RSASSA_PSS).toList();
        pick(p, Offer.of(newest, newestSuites, sni).withSchemes(schemes)).flatMap(Connected::certificate)
            .ifPresent(cert -> certificates.add(cert.toString()));
      }
    }
    lines.add("certificates: " + certificates);
    if (newest != null && sni != null) {
      Negotiation without = Negotiator.negotiate(Offer.of(newest, newestSuites, null).profile(), p);
      lines.add("without server_name: " + (without instanceof Connected c
          ? "connected" + c.certificate().map(cert -> " with " + cert).orElse("") : "refused"));
    }
    return String.join("\n", lines);
  }

  private static Optional<Connected> pick(ServerPolicy p, Offer offer) {
    return Negotiator.negotiate(offer.profile(), p) instanceof Connected c ? Optional.of(c) : Optional.empty();
  }

  private static <E> List<E> chain(ServerPolicy p, Offer offer, List<E> start, ProtocolVersion v,
      java.util.function.BiFunction<Offer, List<E>, Offer> with, Function<Connected, Optional<E>> read,
      java.util.function.Consumer<Connected> seen) {
    List<E> left = new ArrayList<>(start);
    List<E> out = new ArrayList<>();
    while (!left.isEmpty()) {
      Optional<Connected> c = pick(p, with.apply(offer, left));
      if (c.isEmpty() || c.get().version() != v) break;
      Optional<E> e = read.apply(c.get());
      if (e.isEmpty() || !left.remove(e.get())) break;
      seen.accept(c.get());
      out.add(e.get());
    }
    return out;
  }

}
