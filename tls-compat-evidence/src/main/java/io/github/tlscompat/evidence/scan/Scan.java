package io.github.tlscompat.evidence.scan;

import io.github.tlscompat.core.library.LibraryFamily;
import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.core.registry.Authentication;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ExtensionType;
import io.github.tlscompat.core.registry.KeyExchange.Agreement;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import io.github.tlscompat.evidence.wire.Alert;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.evidence.wire.ServerCertificate;
import io.github.tlscompat.evidence.wire.ServerHello;
import io.github.tlscompat.evidence.wire.ServerHelloSsl2;
import io.github.tlscompat.evidence.wire.ServerResponse;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.bouncycastle.util.Properties;

/**
 * One scan of one server: the probes of {@link ServerScan}, run in phases (each phase's probes
 * concurrently, the next phase built on what the last one found), and what they found put
 * together as a {@link ServerPolicy}, each field recorded as measured or assumed, with what no
 * probe could settle said in words.
 */
final class Scan {
  /** The most suites one hello offers: some servers refuse longer cipher_suites lists. */
  static final int CHUNK = 128;
  private static final List<ProtocolVersion> TLS_VERSIONS = List.of(ProtocolVersion.SSL_3_0, ProtocolVersion.TLS_1_0,
      ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
  static final String UNKNOWN_NAME = "tls-compat-scan.invalid";
  /** Bouncy Castle's switch for RSA moduli it would refuse as unsafe (org.bouncycastle.util.Properties). */
  private static final String UNSAFE_RSA_MODULUS = "org.bouncycastle.rsa.allow_unsafe_mod";

  private final Prober prober;
  private final ExecutorService pool;
  private final String sni;
  private final Duration timeout;

  /** What one version's suite probes found: the suites in the order the server picked them. */
  private final Map<ProtocolVersion, List<CipherSuite>> picked = new EnumMap<>(ProtocolVersion.class);
  /** The certificate served with suites of each authentication, from TLS 1.2-or-earlier answers. */
  private final Map<Authentication, CertificateSpec> certificateFor = new EnumMap<>(Authentication.class);
  private volatile boolean certificateRequested;
  /** The version of the real handshakes ({@link #handshakes}), or null when none can run. */
  private ProtocolVersion handshakeVersion;
  private final Set<String> measured = new LinkedHashSet<>();
  private final Set<String> assumed = new TreeSet<>();
  private final List<String> unconfirmed = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  /** What the scan saw of the server's code, for {@link LibraryIdentifier}; filled as the probes answer. */
  private volatile List<Integer> tls12Extensions = List.of();
  private volatile List<Integer> tls13Extensions = List.of();
  private volatile List<Integer> retryExtensions = List.of();
  private volatile Optional<Boolean> honoursFfdheGroups = Optional.empty();
  private volatile Optional<Boolean> takesOfferedShare = Optional.empty();
  private volatile Optional<Boolean> ordersSchemesByClient = Optional.empty();
  /** TLS 1.0 and 1.1 hellos sent where no suite completed, and their answers: see {@link #readButRefused}. */
  private final Map<ProtocolVersion, Offer> legacyOffers = new EnumMap<>(ProtocolVersion.class);
  private final Map<ProtocolVersion, ServerResponse> legacyAnswers = java.util.Collections.synchronizedMap(
      new EnumMap<>(ProtocolVersion.class));
  /** The SSL 2.0-compatible hello's version and answer, which {@link #readButRefused} reads again. */
  private volatile ProtocolVersion ssl2Framed;
  private volatile ServerResponse ssl2Answer;

  Scan(Prober prober, ExecutorService pool, String sni, Duration timeout) {
    this.prober = prober;
    this.pool = pool;
    this.sni = sni;
    this.timeout = timeout;
  }

  ScanResult run(String target, String id, String name) {
    long start = System.nanoTime();
    ServerPolicy.Builder b = ServerPolicy.builder(id, name);
    // Phase 1: versions and suites, each version and chunk its own chain of probes; SSL 2.0.
    List<Callable<Void>> phase = new ArrayList<>();
    Map<ProtocolVersion, List<List<CipherSuite>>> chains = new EnumMap<>(ProtocolVersion.class);
    for (ProtocolVersion v : TLS_VERSIONS) {
      List<CipherSuite> all = suitesValidIn(v);
      List<List<CipherSuite>> results = new ArrayList<>();
      chains.put(v, results);
      for (int at = 0; at < all.size(); at += CHUNK) {
        List<CipherSuite> chunk = all.subList(at, Math.min(all.size(), at + CHUNK));
        List<CipherSuite> out = new ArrayList<>();
        results.add(out);
        phase.add(() -> {
          out.addAll(removalChain(Offer.of(v, chunk, sni), v));
          return null;
        });
      }
    }
    List<CipherSuite> ssl2Kinds = new ArrayList<>();
    phase.add(() -> {
      ssl2Kinds.addAll(ssl2());
      return null;
    });
    all(phase);
    for (ProtocolVersion v : TLS_VERSIONS) {
      List<CipherSuite> merged = new ArrayList<>();
      chains.get(v).forEach(merged::addAll);
      if (!merged.isEmpty()) picked.put(v, merged);
    }
    if (picked.isEmpty() && ssl2Kinds.isEmpty()) {
      throw new UncheckedIOException(new java.io.IOException(target + " answered no ClientHello with a ServerHello"
          + " (SSL 3.0 to TLS 1.3, SSL 2.0): it does not speak TLS, or refuses every offer"
          + (sni == null ? "" : " for server_name " + sni)));
    }
    // Phase 2: everything that needs no more than the versions and suites, at once: whose order
    // wins (and where it wins, its order across chunks), groups, signature schemes, the DH prime,
    // the real handshakes and the habit probes. The chains go first, so that they are under way
    // before the single probes queue behind them.
    List<Callable<Void>> probes = new ArrayList<>();
    List<Callable<Void>> singles = new ArrayList<>();
    Map<ProtocolVersion, Boolean> serverOrder = new EnumMap<>(ProtocolVersion.class);
    Map<ProtocolVersion, List<CipherSuite>> ordered = new EnumMap<>(ProtocolVersion.class);
    for (ProtocolVersion v : picked.keySet()) {
      List<List<CipherSuite>> found = chains.get(v).stream().filter(l -> !l.isEmpty()).toList();
      if (picked.get(v).size() < 2) continue;
      probes.add(() -> {
        Optional<Boolean> wins = serverOrderWins(v, found);
        wins.ifPresent(w -> {
          synchronized (serverOrder) {
            serverOrder.put(v, w);
          }
        });
        // Across chunks only a chain over all of them shows the server's order; where the client's
        // order wins, the chunks' order already is the one the probes offered.
        if (found.size() > 1 && !wins.equals(Optional.of(false))) {
          List<CipherSuite> again = removalChain(Offer.of(v, picked.get(v), sni), v);
          if (new LinkedHashSet<>(again).equals(new LinkedHashSet<>(picked.get(v)))) {
            synchronized (ordered) {
              ordered.put(v, again);
            }
          }
        }
        return null;
      });
    }
    List<NamedGroup> groups13 = new ArrayList<>();
    List<NamedGroup> groups12 = new ArrayList<>();
    List<NamedGroup> ffdhe12 = new ArrayList<>();
    int[] dhBits = {0};
    List<SignatureScheme> schemes12 = new ArrayList<>();
    List<SignatureScheme> schemes13 = java.util.Collections.synchronizedList(new ArrayList<>());
    boolean[] schemesByClient = {false};
    ProtocolVersion legacyMax = newestBefore13();
    if (picked.containsKey(ProtocolVersion.TLS_1_3)) {
      probes.add(() -> {
        groups13.addAll(groupChain13());
        return null;
      });
      for (SignatureScheme s : Offer.allSchemes(ProtocolVersion.TLS_1_3)) {
        singles.add(() -> {
          // A key share for the commonest group, so that the server goes on to choose its certificate.
          Offer o = Offer.of(ProtocolVersion.TLS_1_3, picked.get(ProtocolVersion.TLS_1_3), sni).withSigningSchemes(List.of(s))
              .withKeyShares(List.of(NamedGroup.x25519, NamedGroup.secp256r1));
          ServerResponse r = prober.send(o);
          if (r.serverHello().isPresent()) schemes13.add(s);
          return null;
        });
      }
    }
    if (legacyMax != null) {
      List<CipherSuite> ecdhe = withAgreement(picked.get(legacyMax), Agreement.ECDHE);
      if (!ecdhe.isEmpty()) {
        probes.add(() -> {
          groups12.addAll(groupChain12(legacyMax, ecdhe));
          return null;
        });
      }
      Optional<ProtocolVersion> dheVersion = picked.keySet().stream().filter(v -> v != ProtocolVersion.TLS_1_3)
          .filter(v -> !withAgreement(picked.get(v), Agreement.DHE).isEmpty()).reduce((a, c) -> c);
      dheVersion.filter(v -> v.isAtLeast(ProtocolVersion.TLS_1_0)).ifPresent(v -> probes.add(() -> {
        ffdhe12.addAll(ffdheChain(v, withAgreement(picked.get(v), Agreement.DHE)));
        return null;
      }));
      dheVersion.ifPresent(v -> probes.add(() -> {
        List<NamedGroup> ec = Offer.allGroups(v).stream().filter(NamedGroup::isEcdhe).toList();
        ServerResponse r = prober.send(Offer.of(v, withAgreement(picked.get(v), Agreement.DHE), sni).withGroups(ec));
        r.keyExchange().ifPresent(k -> k.dhBits().ifPresent(bits -> dhBits[0] = bits));
        return null;
      }));
      if (picked.containsKey(ProtocolVersion.TLS_1_2)) {
        List<CipherSuite> signed = signed(picked.get(ProtocolVersion.TLS_1_2));
        if (!signed.isEmpty()) {
          probes.add(() -> {
            schemes12.addAll(schemeChain12(signed, sni));
            schemesByClient[0] = schemeOrderIsClients(schemes12);
            return null;
          });
        }
      }
    }
    // The real handshakes are the longest tasks: started first, they are answered while the probes run.
    List<Future<LiveHandshake.Result>> shaken = handshakes().stream().map(pool::submit).toList();
    probes.addAll(singles);
    HabitProbes early = habitProbes(probes);
    all(probes);
    picked.putAll(ordered);

    // The policy's suites: TLS 1.3's, then each older version's not yet listed, newest first.
    List<CipherSuite> suites = new ArrayList<>();
    List<ProtocolVersion> enabled = new ArrayList<>(picked.keySet());
    for (int i = enabled.size() - 1; i >= 0; i--) merge(suites, picked.get(enabled.get(i)));
    List<ProtocolVersion> versions = new ArrayList<>(enabled);
    if (!ssl2Kinds.isEmpty()) {
      versions.add(0, ProtocolVersion.SSL_2_0);
      suites.addAll(ssl2Kinds);
    }
    b.versions(ParameterSet.copyOf(ProtocolVersion.class, versions)).cipherSuites(suites);
    measured.add("versions");
    measured.add("cipherSuites");
    olderOnlySuites(enabled);
    boolean preference = preference(enabled, serverOrder);
    b.serverPreference(preference);

    List<NamedGroup> groups = new ArrayList<>(groups13);
    for (NamedGroup g : groups12) {
      if (!groups.contains(g)) groups.add(g);
    }
    for (NamedGroup g : ffdhe12) {
      if (!groups.contains(g)) groups.add(g);
    }
    if (!groups.isEmpty()) {
      b.groups(groups);
      measured.add("groups");
    } else if (suites.stream().anyMatch(s -> s.isTls13() || s.keyExchange().agreement() == Agreement.ECDHE)) {
      assumed.add("groups");
      unconfirmed.add("groups: no probe read a group the server accepts");
    }
    if (dhBits[0] > 0) {
      b.dhBits(dhBits[0]);
      measured.add("dhBits");
    } else if (suites.stream().anyMatch(s -> !s.isTls13() && s.keyExchange().agreement() == Agreement.DHE)) {
      assumed.add("dhBits");
      unconfirmed.add("dhBits: no ServerKeyExchange of a DHE suite could be read");
    }
    List<SignatureScheme> schemes = new ArrayList<>(schemes12);
    for (SignatureScheme s : Offer.allSchemes(ProtocolVersion.TLS_1_3)) {
      if (schemes13.contains(s) && !schemes.contains(s)) schemes.add(s);
    }
    if (schemes12.size() >= 2) ordersSchemesByClient = Optional.of(schemesByClient[0]);
    if (!schemes.isEmpty() && schemesByClient[0]) {
      notes.add("signatureSchemes: the client's order wins, so the profile lists none (any the certificate can make);"
          + " accepted: " + schemes);
    } else if (!schemes.isEmpty()) {
      b.signatureSchemes(schemes);
      measured.add("signatureSchemes");
      if (!preference) notes.add("signatureSchemes: listed in the registry's order; the client's order wins");
    } else if (picked.containsKey(ProtocolVersion.TLS_1_2) || picked.containsKey(ProtocolVersion.TLS_1_3)) {
      unconfirmed.add("signatureSchemes: no signed key exchange to read them from; any the certificate can make is assumed");
      assumed.add("signatureSchemes");
    }

    // Phase 3: certificates, SNI, client certificates and the habits, on what the scan knows now.
    Certificates certs = certificates(suites, results(shaken));
    b.certificates(certs.list.get(0), certs.list.subList(1, certs.list.size()).toArray(CertificateSpec[]::new));
    sniAndHabits(b, enabled, groups, preference, certs, suites, early);
    if (certificateRequested || certs.requested) {
      measured.add("requiresClientCertificate");
      if (certs.required.isPresent()) {
        b.requiresClientCertificate(certs.required.get());
        if (!certs.required.get()) notes.add("asks for a client certificate but goes on without one");
      } else {
        b.requiresClientCertificate(true);
        assumed.add("requiresClientCertificate");
        unconfirmed.add("requiresClientCertificate: the server asks for a client certificate; whether it goes on without"
            + " one could not be settled (" + certs.failure + ")");
      }
    } else if (certs.completed) {
      measured.add("requiresClientCertificate");
    }
    // The issuers its CertificateRequest names are those it trusts; a profile states them only where
    // a client certificate is required (the loader's rule), and otherwise says what was asked for.
    if (!certs.authorities.isEmpty()) {
      if (certs.required.orElse(true)) {
        b.trustedIssuers(certs.authorities);
        measured.add("trustedIssuers");
      } else {
        notes.add("asks for a client certificate from " + certs.authorities.stream().map(i -> "'" + i + "'").toList());
      }
    }
    ServerPolicy policy = b.build();
    ServerBehaviour behaviour = new ServerBehaviour(tls12Extensions, tls13Extensions, retryExtensions, honoursFfdheGroups,
        takesOfferedShare, habit(policy, ServerHabit.ORDERS_GROUPS_BY_CLIENT), ordersSchemesByClient,
        habit(policy, ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO),
        habit(policy, ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13),
        habit(policy, ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS), picked.containsKey(ProtocolVersion.TLS_1_3));
    LibraryIdentification library = LibraryIdentifier.identify(behaviour);
    String ssl2 = ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO.jsonName();
    if (library.family().equals(Optional.of(LibraryFamily.BCJSSE)) && !measured.contains(ssl2)
        && unconfirmed.removeIf(u -> u.startsWith(ssl2 + ":"))) {
      // A close says nothing on the wire, but Bouncy Castle's TLS has no SSL 2.0-compatible hello
      // reader at all, so the library told settles it (java-6u45's hello against BCJSSE).
      policy = policy.toBuilder().habit(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO, false).build();
      notes.add(ssl2 + ": false, from the library: an SSL 2.0-compatible hello got a close, and BCJSSE reads none");
    }
    policy = readButRefused(policy, library);
    notes.add(library.describe());
    return new ScanResult(target, policy, measured, assumed, unconfirmed, notes, prober.sent(),
        Duration.ofNanos(System.nanoTime() - start), library);
  }

  /**
   * Adds the suites of an older version's order that a newer one lacks, each just before the
   * suite it preceded there, so that the one list keeps every version's order.
   */
  static void merge(List<CipherSuite> into, List<CipherSuite> order) {
    for (int i = order.size() - 1; i >= 0; i--) {
      CipherSuite s = order.get(i);
      if (into.contains(s)) continue;
      int before = into.size();
      for (int j = i + 1; j < order.size(); j++) {
        int at = into.indexOf(order.get(j));
        if (at >= 0) {
          before = at;
          break;
        }
      }
      into.add(before, s);
    }
  }

  /** Offers, removes the suite the server picked, offers again, until it refuses: the suites in the order it picked them. */
  private List<CipherSuite> removalChain(Offer offer, ProtocolVersion v) {
    List<CipherSuite> left = new ArrayList<>(offer.suites());
    List<CipherSuite> out = new ArrayList<>();
    while (!left.isEmpty()) {
      ServerResponse r = prober.send(offer.withSuites(left));
      Optional<ServerHello> hello = r.serverHello();
      if (r.status() != ServerResponse.Status.SERVER_HELLO || hello.isEmpty() || hello.get().version() != v.code()) break;
      Optional<CipherSuite> s = hello.get().suite();
      if (s.isEmpty() || !left.remove(s.get())) break;
      out.add(s.get());
      if (r.certificateRequested()) certificateRequested = true;
      Optional<CertificateSpec> cert = r.certificate().flatMap(ServerCertificate::first);
      if (cert.isPresent()) {
        synchronized (certificateFor) {
          certificateFor.putIfAbsent(s.get().authentication(), cert.get());
        }
      }
    }
    return out;
  }

  /**
   * Whether the server's order wins in {@code v}, from the suites each chunk's chain found: offered
   * two that one chain found one after the other, the second first, it still picks the first; with
   * no chain of two, two from different chunks offered both ways round, it picks the same one.
   * Empty when it does not answer.
   */
  private Optional<Boolean> serverOrderWins(ProtocolVersion v, List<List<CipherSuite>> found) {
    Optional<List<CipherSuite>> chain = found.stream().filter(l -> l.size() >= 2).findFirst();
    if (chain.isPresent()) {
      CipherSuite first = chain.get().get(0);
      return pick(v, chain.get().get(1), first).map(s -> s == first);
    }
    CipherSuite a = found.get(0).get(0);
    CipherSuite b = found.get(1).get(0);
    Optional<CipherSuite> ab = pick(v, a, b);
    Optional<CipherSuite> ba = pick(v, b, a);
    return ab.isEmpty() || ba.isEmpty() ? Optional.empty() : Optional.of(ab.get() == ba.get());
  }

  /** The suite the server picks offered {@code first} then {@code second}. */
  private Optional<CipherSuite> pick(ProtocolVersion v, CipherSuite first, CipherSuite second) {
    return prober.send(Offer.of(v, List.of(first, second), sni)).serverHello().flatMap(ServerHello::suite);
  }

  /** The SSL 2.0 kinds the server lists in an SSL 2.0 SERVER-HELLO, or none when it does not speak SSL 2.0. */
  private List<CipherSuite> ssl2() {
    List<CipherSuite> kinds = java.util.Arrays.stream(CipherSuite.values()).filter(s -> s.code() > 0xFFFF).toList();
    ServerResponse r = prober.send(Offer.ssl2(ProtocolVersion.SSL_2_0, kinds));
    return r.ssl2ServerHello().map(ServerHelloSsl2::suites).orElse(List.of());
  }

  /** TLS 1.3 groups in the order the server asks for them with HelloRetryRequests, offering no key share. */
  private List<NamedGroup> groupChain13() {
    List<NamedGroup> left = new ArrayList<>(Offer.allGroups(ProtocolVersion.TLS_1_3));
    List<NamedGroup> out = new ArrayList<>();
    Offer base = Offer.of(ProtocolVersion.TLS_1_3, picked.get(ProtocolVersion.TLS_1_3), sni);
    while (!left.isEmpty()) {
      ServerResponse r = prober.send(base.withGroups(left));
      Optional<NamedGroup> g = r.serverHello().flatMap(ServerHello::group);
      if (out.isEmpty()) {
        r.serverHello().filter(ServerHello::helloRetryRequest).ifPresent(h -> retryExtensions = h.extensionTypes());
      }
      if (g.isEmpty() || !left.remove(g.get())) break;
      out.add(g.get());
    }
    return out;
  }

  /** TLS 1.2-or-earlier ECDHE groups in the order the server's ServerKeyExchanges name them. */
  private List<NamedGroup> groupChain12(ProtocolVersion v, List<CipherSuite> ecdhe) {
    List<NamedGroup> left = new ArrayList<>(Offer.allGroups(v).stream().filter(NamedGroup::isEcdhe).toList());
    List<NamedGroup> out = new ArrayList<>();
    Offer base = Offer.of(v, ecdhe, sni);
    while (!left.isEmpty()) {
      ServerResponse r = prober.send(base.withGroups(left));
      Optional<NamedGroup> g = r.keyExchange().flatMap(k -> k.group());
      if (g.isEmpty() || !left.remove(g.get())) break;
      out.add(g.get());
    }
    return out;
  }

  /**
   * The FFDHE groups (RFC 7919) a TLS 1.2-or-earlier server takes for DHE, in the order it takes
   * them: told by the size of the prime in its ServerKeyExchange, ffdhe2048 for 2048 bits.
   */
  private List<NamedGroup> ffdheChain(ProtocolVersion v, List<CipherSuite> dhe) {
    List<NamedGroup> left = new ArrayList<>(Offer.allGroups(v).stream().filter(NamedGroup::isFfdhe).toList());
    List<NamedGroup> out = new ArrayList<>();
    Offer base = Offer.of(v, dhe, sni);
    while (!left.isEmpty()) {
      ServerResponse r = prober.send(base.withGroups(left));
      java.util.OptionalInt bits = r.keyExchange().map(k -> k.dhBits()).orElse(java.util.OptionalInt.empty());
      if (bits.isEmpty()) break;
      Optional<NamedGroup> g = left.stream().filter(x -> x.name().equals("ffdhe" + bits.getAsInt())).findFirst();
      if (g.isEmpty()) break;
      left.remove(g.get());
      out.add(g.get());
    }
    return out;
  }

  /** TLS 1.2 signature schemes in the order the server's ServerKeyExchanges use them. */
  private List<SignatureScheme> schemeChain12(List<CipherSuite> signed, String serverName) {
    List<SignatureScheme> left = new ArrayList<>(Offer.allSchemes(ProtocolVersion.TLS_1_2));
    List<SignatureScheme> out = new ArrayList<>();
    Offer base = Offer.of(ProtocolVersion.TLS_1_2, signed, serverName);
    while (!left.isEmpty()) {
      ServerResponse r = prober.send(base.withSigningSchemes(left));
      Optional<SignatureScheme> s = r.keyExchange().flatMap(k -> k.scheme());
      if (s.isEmpty() || !left.remove(s.get())) break;
      out.add(s.get());
    }
    return out;
  }

  /** Whether TLS 1.2 signature schemes follow the client's order: offered the server's second first, it signs with that. */
  private boolean schemeOrderIsClients(List<SignatureScheme> order) {
    if (order.size() < 2 || !picked.containsKey(ProtocolVersion.TLS_1_2)) return false;
    List<CipherSuite> signed = signed(picked.get(ProtocolVersion.TLS_1_2));
    ServerResponse r = prober.send(Offer.of(ProtocolVersion.TLS_1_2, signed, sni).withSigningSchemes(List.of(order.get(1),
        order.get(0))));
    return r.keyExchange().flatMap(k -> k.scheme()).equals(Optional.of(order.get(1)));
  }

  /** Whose order wins, from the newest version with two suites; said so where versions differ. */
  private boolean preference(List<ProtocolVersion> enabled, Map<ProtocolVersion, Boolean> serverOrder) {
    Boolean decided = null;
    for (int i = enabled.size() - 1; i >= 0 && decided == null; i--) decided = serverOrder.get(enabled.get(i));
    if (decided == null) {
      assumed.add("serverPreference");
      unconfirmed.add("serverPreference: no version enables two suites, so whose order wins cannot be seen");
      return true;
    }
    measured.add("serverPreference");
    for (Map.Entry<ProtocolVersion, Boolean> e : serverOrder.entrySet()) {
      if (!e.getValue().equals(decided)) {
        unconfirmed.add("serverPreference: " + e.getKey().displayName() + " follows the " + (e.getValue() ? "server's"
            : "client's") + " order, unlike the newest version; a profile has one setting for all versions");
      }
    }
    if (!decided) notes.add("cipherSuites: the client's order wins, so the server's own order cannot be seen; listed in"
        + " the order of the probes");
    return decided;
  }

  /** A suite an older version enables but a newer one where it is valid does not: the model has one list. */
  private void olderOnlySuites(List<ProtocolVersion> enabled) {
    for (ProtocolVersion older : enabled) {
      for (ProtocolVersion newer : enabled) {
        if (!newer.isAtLeast(older) || newer == older || newer == ProtocolVersion.TLS_1_3) continue;
        List<CipherSuite> missing = picked.get(older).stream().filter(s -> s.isValidIn(newer))
            .filter(s -> !picked.get(newer).contains(s)).toList();
        if (!missing.isEmpty()) {
          unconfirmed.add("cipherSuites: " + older.displayName() + " enables " + missing + ", which "
              + newer.displayName() + " does not; a profile enables a suite in every version it is valid in");
        }
      }
    }
  }

  /** What the certificate probes found. */
  private static final class Certificates {
    final List<CertificateSpec> list = new ArrayList<>();
    boolean requested;
    boolean completed;
    Optional<Boolean> required = Optional.empty();
    List<CertificateIssuer> authorities = List.of();
    String failure = "";
  }

  /**
   * Real handshakes in the newest version Bouncy Castle speaks, one per key type: the TLS 1.3
   * certificate(s), and whether a server that asks for a client certificate goes on without one.
   * None when no enabled version has a suite Bouncy Castle can run.
   */
  private List<Callable<LiveHandshake.Result>> handshakes() {
    List<ProtocolVersion> enabled = new ArrayList<>(picked.keySet());
    for (int i = enabled.size() - 1; i >= 0; i--) {
      ProtocolVersion v = enabled.get(i);
      if (LiveHandshake.bc(v) == null) continue;
      int[] offer = LiveHandshake.runnable(picked.get(v), v);
      if (offer.length > 0) {
        handshakeVersion = v;
        return List.of(
            () -> withoutModulusCheck(() -> LiveHandshake.run(prober.server(), sni, v, offer, KeyType.RSASSA_PSS, timeout)),
            () -> withoutModulusCheck(() -> LiveHandshake.run(prober.server(), sni, v, offer, KeyType.RSA, timeout)),
            () -> withoutModulusCheck(() -> LiveHandshake.run(prober.server(), sni, v, offer, KeyType.EC, timeout)));
      }
    }
    return List.of();
  }

  /**
   * Runs {@code handshake} on this thread without Bouncy Castle's check that the server's RSA
   * modulus is not prime: Miller-Rabin rounds on a 2048-bit number, more CPU than the rest of a
   * scan's handshake, which guard a key's use, and the scan trusts the server with nothing (it
   * reads the certificate, sends no certificate and no data). A thread override, so that nothing
   * else in the JVM goes unchecked.
   */
  private static LiveHandshake.Result withoutModulusCheck(Supplier<LiveHandshake.Result> handshake) {
    Properties.setThreadOverride(UNSAFE_RSA_MODULUS, true);
    try {
      return handshake.get();
    } finally {
      Properties.removeThreadOverride(UNSAFE_RSA_MODULUS);
    }
  }

  private Certificates certificates(List<CipherSuite> suites, List<LiveHandshake.Result> results) {
    Certificates c = new Certificates();
    for (CipherSuite s : suites) {
      CertificateSpec cert = certificateFor.get(s.authentication());
      if (cert != null && !c.list.contains(cert)) c.list.add(cert);
    }
    if (!results.isEmpty()) {
      ProtocolVersion v = handshakeVersion;
      c.requested = results.stream().anyMatch(LiveHandshake.Result::certificateRequested);
      c.completed = results.stream().anyMatch(LiveHandshake.Result::completed);
      c.authorities = results.stream().map(LiveHandshake.Result::certificateAuthorities).filter(a -> !a.isEmpty())
          .findFirst().orElse(List.of());
      // Any of the three settles it: one that went on without a client certificate, or one the server
      // ended after it had shown its certificate and asked for ours (its alert may be lost to a reset).
      if (results.stream().anyMatch(r -> r.certificateRequested() && r.completed())) {
        c.required = Optional.of(false);
      } else if (results.stream().anyMatch(r -> r.certificateRequested() && r.endedByServer()
          && r.certificate().isPresent())) {
        c.required = Optional.of(true);
      }
      c.failure = results.get(0).failure();
      if (v == ProtocolVersion.TLS_1_3 || c.list.isEmpty()) {
        for (LiveHandshake.Result r : results) {
          r.certificate().flatMap(ServerCertificate::first).filter(cert -> !c.list.contains(cert)).ifPresent(c.list::add);
        }
      }
    }
    if (c.list.isEmpty()) {
      c.list.add(CertificateSpec.RSA_2048_SHA256);
      assumed.add("certificates");
      unconfirmed.add("certificates: no certificate could be read"
          + (suites.stream().allMatch(s -> s.isAnonymous() || s.keyExchange().isPsk()) ? " (anonymous or PSK suites only)" : "")
          + "; rsa:2048:sha256 assumed");
    } else {
      measured.add("certificates");
    }
    return c;
  }

  /** The answers of the habit probes that need only the versions and suites, filled as they come. */
  private static final class HabitProbes {
    final ServerResponse[] sniAnswers = new ServerResponse[3];
    volatile ServerResponse ssl2Hello;
    volatile ServerResponse versionsHabit;
    volatile ServerResponse legacyHabit;
    volatile ServerResponse curveHabit;
    ProtocolVersion other;
    SignatureScheme foreign;
  }

  /**
   * Adds to {@code phase} the probes of SNI and of the habits that need only the versions and
   * suites found, and of the library's fingerprint; {@link #sniAndHabits} reads their answers.
   */
  private HabitProbes habitProbes(List<Callable<Void>> phase) {
    HabitProbes out = new HabitProbes();
    List<ProtocolVersion> enabled = new ArrayList<>(picked.keySet());
    ProtocolVersion legacyMax = newestBefore13();
    ProtocolVersion newest = enabled.get(enabled.size() - 1);
    // SNI: the same offer without server_name, and with a name the server cannot have.
    ProtocolVersion sniVersion = legacyMax != null ? legacyMax : newest;
    // Every common suite, not only those found with server_name: a default host may hold another key.
    List<CipherSuite> common = new ArrayList<>(picked.get(sniVersion));
    suitesValidIn(sniVersion).stream().filter(s -> !common.contains(s) && !s.isExport() && !s.isAnonymous())
        .filter(s -> s.isTls13() || s.authentication() == Authentication.RSA || s.authentication() == Authentication.ECDSA)
        .limit(Math.max(0, CHUNK - common.size())).forEach(common::add);
    Offer sniOffer = Offer.of(sniVersion, common, sni);
    ServerResponse[] sniAnswers = out.sniAnswers;
    if (sni != null) {
      phase.add(() -> {
        sniAnswers[0] = prober.send(sniOffer);
        return null;
      });
      phase.add(() -> {
        sniAnswers[1] = prober.send(sniOffer.withSni(null));
        return null;
      });
      phase.add(() -> {
        sniAnswers[2] = prober.send(sniOffer.withSni(UNKNOWN_NAME));
        return null;
      });
    }
    // An SSL 2.0-compatible hello, the way old clients framed it.
    if (legacyMax != null) {
      phase.add(() -> {
        // In a version the server does not enable, only a server that read the hello answers protocol_version.
        ProtocolVersion framed = List.of(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1).stream()
            .filter(v -> !picked.containsKey(v)).findFirst().orElse(legacyMax);
        List<CipherSuite> tls = picked.get(legacyMax).stream().filter(s -> s.code() <= 0xFFFF).toList();
        out.ssl2Hello = prober.send(Offer.ssl2(framed, tls));
        ssl2Framed = framed;
        ssl2Answer = out.ssl2Hello;
        return null;
      });
    }
    // supported_versions without TLS 1.3: read, or answered from legacy_version alone?
    ProtocolVersion other = legacyMax == ProtocolVersion.TLS_1_1 ? ProtocolVersion.TLS_1_0 : ProtocolVersion.TLS_1_1;
    out.other = other;
    boolean tls13 = picked.containsKey(ProtocolVersion.TLS_1_3);
    if (!tls13 && legacyMax != null && legacyMax.isAtLeast(ProtocolVersion.TLS_1_0)) {
      phase.add(() -> {
        List<CipherSuite> offered = new ArrayList<>(picked.get(legacyMax));
        picked.getOrDefault(other, List.of()).stream().filter(s -> !offered.contains(s)).forEach(offered::add);
        out.versionsHabit = prober.send(Offer.of(legacyMax, offered, sni)
            .withVersions(ParameterSet.of(other), legacyMax));
        return null;
      });
    }
    // TLS 1.3 without TLS 1.2: is a TLS 1.2 hello refused for its version or for its suites?
    if (tls13 && !picked.containsKey(ProtocolVersion.TLS_1_2)) {
      phase.add(() -> {
        List<CipherSuite> tls12 = suitesValidIn(ProtocolVersion.TLS_1_2);
        out.legacyHabit = prober.send(Offer.of(ProtocolVersion.TLS_1_2, tls12.subList(0, Math.min(CHUNK, tls12.size())), sni));
        return null;
      });
    }
    // ECDSA schemes bound to the certificate's curve in TLS 1.2 too?
    Optional<NamedGroup> curve = Optional.ofNullable(certificateFor.get(Authentication.ECDSA)).flatMap(CertificateSpec::curve);
    List<CipherSuite> ecdsa12 = picked.getOrDefault(ProtocolVersion.TLS_1_2, List.of()).stream()
        .filter(s -> s.authentication() == Authentication.ECDSA && s.keyExchange().agreement() == Agreement.ECDHE).toList();
    SignatureScheme foreign = curve.orElse(null) == NamedGroup.secp384r1 ? SignatureScheme.ecdsa_secp256r1_sha256
        : SignatureScheme.ecdsa_secp384r1_sha384;
    out.foreign = foreign;
    if (curve.isPresent() && !ecdsa12.isEmpty()) {
      phase.add(() -> {
        out.curveHabit = prober.send(Offer.of(ProtocolVersion.TLS_1_2, ecdsa12, sni).withSigningSchemes(List.of(foreign)));
        return null;
      });
    }
    fingerprintProbes(phase, legacyMax, tls13);
    List<CipherSuite> found = new ArrayList<>();
    for (int i = enabled.size() - 1; i >= 0; i--) {
      picked.get(enabled.get(i)).stream().filter(s -> !found.contains(s)).forEach(found::add);
    }
    legacyVersionProbes(phase, newest, found);
    return out;
  }

  /**
   * The habits that need the groups and whose order wins, probed now, and every habit and the SNI
   * behaviour read from the answers, with the follow-ups they call for.
   */
  private void sniAndHabits(ServerPolicy.Builder b, List<ProtocolVersion> enabled, List<NamedGroup> groups,
      boolean preference, Certificates certs, List<CipherSuite> suites, HabitProbes early) {
    ProtocolVersion legacyMax = newestBefore13();
    boolean tls13 = picked.containsKey(ProtocolVersion.TLS_1_3);
    ServerResponse[] sniAnswers = early.sniAnswers;
    List<Callable<Void>> phase = new ArrayList<>();
    // Groups in the client's order under the server's suite order?
    ServerResponse[] groupHabit = new ServerResponse[1];
    if (preference && groups.size() >= 2) {
      List<NamedGroup> reversed = List.of(groups.get(1), groups.get(0));
      phase.add(() -> {
        groupHabit[0] = tls13 && groups.get(0).usableInTls13() && groups.get(1).usableInTls13()
            ? prober.send(Offer.of(ProtocolVersion.TLS_1_3, picked.get(ProtocolVersion.TLS_1_3), sni).withGroups(reversed))
            : legacyMax != null ? prober.send(Offer.of(legacyMax, withAgreement(picked.get(legacyMax), Agreement.ECDHE), sni)
                .withGroups(reversed)) : null;
        return null;
      });
    }
    // A key share for the server's second group: taken, or a HelloRetryRequest for its first?
    ServerResponse[] shareHabit = new ServerResponse[1];
    if (tls13 && groups.size() >= 2 && groups.get(1).usableInTls13()) {
      phase.add(() -> {
        try {
          shareHabit[0] = prober.send(Offer.of(ProtocolVersion.TLS_1_3, picked.get(ProtocolVersion.TLS_1_3), sni)
              .withKeyShares(List.of(groups.get(1))));
        } catch (IllegalArgumentException noShareLength) {
          // A group whose key share length tls-compat does not know: nothing to learn here.
        }
        return null;
      });
    }
    all(phase);
    if (shareHabit[0] != null) {
      Optional<ServerHello> h = shareHabit[0].serverHello();
      if (h.isPresent() && !h.get().helloRetryRequest() && h.get().group().equals(Optional.of(groups.get(1)))) {
        takesOfferedShare = Optional.of(true);
      } else if (h.isPresent() && h.get().helloRetryRequest() && h.get().group().equals(Optional.of(groups.get(0)))) {
        takesOfferedShare = Optional.of(false);
      }
    }

    ServerHabits.read(this, b, sni, sniAnswers, early.ssl2Hello, early.versionsHabit, legacyMax, early.other,
        early.legacyHabit, groupHabit[0], groups, shareHabit[0], early.curveHabit, early.foreign);
    if (b.build().fallbackCertificate().isPresent()) fallbackSuites(b, enabled, suites);
    if (b.build().requiresSni() && sni != null) {
      // Which version check comes first only shows on a version the server does not enable.
      Optional<ProtocolVersion> disabled = List.of(ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_0, ProtocolVersion.SSL_3_0)
          .stream().filter(v -> !picked.containsKey(v)).findFirst();
      if (disabled.isPresent() && sniAnswers[1] != null && sniAnswers[1].serverHello().isEmpty()) {
        List<CipherSuite> old = suitesValidIn(disabled.get());
        ServerResponse r = prober.send(Offer.of(disabled.get(), old.subList(0, Math.min(CHUNK, old.size())), null));
        ServerHabits.sniAfterVersion(this, b, r, sniAnswers[1]);
      } else {
        unconfirmed.add("checksSniAfterVersion: every version from SSL 3.0 to TLS 1.2 is enabled, or the server"
            + " serves clients without server_name; which check comes first cannot be seen");
      }
    }
  }

  /**
   * The probes whose answers come from the library's code, not its configuration: the order of the
   * ServerHello extensions answering a rich TLS 1.2 (or older) hello and a TLS 1.3 hello, and
   * whether DHE takes the client's RFC 7919 group.
   */
  private void fingerprintProbes(List<Callable<Void>> phase, ProtocolVersion legacyMax, boolean tls13) {
    if (legacyMax != null && legacyMax.isAtLeast(ProtocolVersion.TLS_1_0)) {
      List<Integer> types = new ArrayList<>();
      if (sni != null) types.add(ExtensionType.server_name.code());
      types.add(ExtensionType.ec_point_formats.code());
      types.add(ExtensionType.supported_groups.code());
      if (legacyMax == ProtocolVersion.TLS_1_2) types.add(ExtensionType.signature_algorithms.code());
      types.add(ExtensionType.application_layer_protocol_negotiation.code());
      types.add(ExtensionType.session_ticket.code());
      types.add(ExtensionType.encrypt_then_mac.code());
      types.add(ExtensionType.extended_master_secret.code());
      types.add(ExtensionType.renegotiation_info.code());
      phase.add(() -> {
        ServerResponse r = prober.send(Offer.of(legacyMax, picked.get(legacyMax), sni).withExtensions(types));
        r.serverHello().filter(h -> h.version() == legacyMax.code()).ifPresent(h -> tls12Extensions = h.extensionTypes());
        return null;
      });
      Optional<ProtocolVersion> dhe = picked.keySet().stream().filter(v -> v != ProtocolVersion.TLS_1_3)
          .filter(v -> v.isAtLeast(ProtocolVersion.TLS_1_0) && !withAgreement(picked.get(v), Agreement.DHE).isEmpty())
          .reduce((a, c) -> c);
      dhe.ifPresent(v -> phase.add(() -> {
        ServerResponse r = prober.send(Offer.of(v, withAgreement(picked.get(v), Agreement.DHE), sni)
            .withGroups(List.of(NamedGroup.ffdhe3072)));
        r.keyExchange().flatMap(k -> k.dhBits().isPresent() ? Optional.of(k.dhBits().getAsInt()) : Optional.empty())
            .ifPresent(bits -> honoursFfdheGroups = Optional.of(bits == 3072));
        return null;
      }));
    }
    if (tls13) {
      phase.add(() -> {
        ServerResponse r = prober.send(Offer.of(ProtocolVersion.TLS_1_3, picked.get(ProtocolVersion.TLS_1_3), sni)
            .withKeyShares(List.of(NamedGroup.x25519, NamedGroup.secp256r1)));
        r.serverHello().filter(h -> h.isTls13() && !h.helloRetryRequest())
            .ifPresent(h -> tls13Extensions = h.extensionTypes());
        return null;
      });
    }
  }

  /**
   * One hello in each of TLS 1.0 and 1.1 where no suite completed (and the server enables a newer
   * version), offering the suites the newer versions enable that are valid there, or the version's
   * first {@link #CHUNK} suites when none is: its answer tells a version the server does not enable
   * ({@code protocol_version}) from one it reads and then refuses ({@link #readButRefused}).
   */
  private void legacyVersionProbes(List<Callable<Void>> phase, ProtocolVersion newest, List<CipherSuite> suites) {
    for (ProtocolVersion v : List.of(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1)) {
      if (picked.containsKey(v) || !newest.isAtLeast(v) || newest == v) continue;
      List<CipherSuite> valid = suites.stream().filter(s -> !s.isTls13() && s.code() <= 0xFFFF && s.isValidIn(v))
          .limit(CHUNK).toList();
      List<CipherSuite> all = suitesValidIn(v);
      Offer offer = Offer.of(v, valid.isEmpty() ? all.subList(0, Math.min(CHUNK, all.size())) : valid, sni);
      legacyOffers.put(v, offer);
      phase.add(() -> {
        legacyAnswers.put(v, prober.send(offer));
        return null;
      });
    }
  }

  /**
   * The versions the server reads but refuses for every suite, added to {@code policy}: a TLS 1.0 or
   * 1.1 hello that no suite completes, answered with an alert other than {@code protocol_version}
   * (the alert for a version a server does not enable, RFC 5246 7.2.2), comes from a server that
   * read the version and refused what followed. The version is added only where the model of the
   * scanned profile refuses that same hello for a reason other than the version, consistent with
   * the alert; where the profile alone does not, and the library is told as OpenSSL, with OpenSSL
   * 3.0's signature rule ({@link ServerLibrary#signatureRefusal}: before TLS 1.2 a server signs with
   * MD5+SHA-1 or SHA-1, which 3.0 refuses from security level 1 up, so every suite fails), the rule
   * an imported configuration gets from {@link OpenSslBuild#narrow}. What the model cannot explain
   * is left out and said in {@code unconfirmed}.
   */
  private ServerPolicy readButRefused(ServerPolicy policy, LibraryIdentification library) {
    ServerPolicy out = policy;
    for (ProtocolVersion v : List.of(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1)) {
      ServerResponse r = legacyAnswers.get(v);
      if (r == null || r.serverHello().isPresent() || r.endingAlert().isEmpty()
          || r.endingAlert().get().is(AlertDescription.protocol_version)) {
        continue;
      }
      Offer offer = legacyOffers.get(v);
      int n = offer.suites().size();
      String seen = "a " + v.displayName() + " hello offering " + n + (n == 1 ? " suite" : " suites") + " got " + answer(r)
          + ", where a version the server does not enable gets protocol_version";
      ServerPolicy with = out.toBuilder().versions(out.versions().with(v)).build();
      Optional<Refused> why = refusal(with, offer, r);
      boolean byLibrary = false;
      if (why.isEmpty() && out.library().isEmpty() && library.family().equals(Optional.of(LibraryFamily.OPENSSL))) {
        ServerPolicy onOpenSsl = with.toBuilder().library(ServerLibrary.of(OpenSslBuild.OPENSSL_3_0)).build();
        why = refusal(onOpenSsl, offer, r);
        if (why.isPresent()) {
          with = onOpenSsl;
          byLibrary = true;
        }
      }
      if (why.isEmpty()) {
        unconfirmed.add("versions: " + seen + ", so it reads " + v.displayName() + "; but the scanned profile cannot"
            + " say why it refuses every suite there, so " + v.displayName() + " is left out");
        continue;
      }
      out = with;
      notes.add("versions: " + v.displayName() + " is enabled (inferred, not completed): " + seen + "; the scanned"
          + " profile refuses it too: " + why.get().reason());
      if (byLibrary) {
        out = tls12SchemesWithoutKeyExchangeSignature(out);
        notes.add("library: " + out.library().orElseThrow() + " (inferred): an OpenSSL server that reads "
            + v.displayName() + " and refuses every suite, where the RSA or ECDSA certificate it holds can sign only"
            + " with SHA-1 or MD5+SHA-1, refuses those signatures as OpenSSL 3.0 does from security level 1");
        unconfirmed.add("library: the security level is not measured: OpenSSL 3.0 refuses SHA-1 and MD5+SHA-1"
            + " signatures at every level from 1, so level 1 is stated");
      }
      List<CipherSuite> valid = out.cipherSuites().stream().filter(s -> !s.isTls13() && s.isValidIn(v)).toList();
      if (!valid.isEmpty()) {
        unconfirmed.add("cipherSuites: " + v.displayName() + " completes no handshake, so its suites are assumed to"
            + " be those the newer versions enable that are valid in it");
      }
      String ssl2 = ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO.jsonName();
      if (v == ssl2Framed && ssl2Answer != null && ssl2Answer.endingAlert().equals(r.endingAlert())
          && !out.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)) {
        // The SSL 2.0-compatible hello was framed in this version and refused as a TLS-framed one is.
        String same = "an SSL 2.0-compatible " + v.displayName() + " hello got " + answer(ssl2Answer)
            + ", as a TLS-framed one does";
        boolean formatToo = r.endingAlert().get().knownDescription().map(Observation::reasonsForAlert)
            .map(reasons -> reasons.contains(Refused.Reason.HELLO_FORMAT_REJECTED)).orElse(false);
        if (formatToo) {
          // An alert a server also sends for a hello format it does not read: the two refusals look alike.
          measured.remove(ssl2);
          unconfirmed.add(ssl2 + ": " + same + ", which does not say whether the server read it");
        } else {
          out = out.toBuilder().habit(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO, true).build();
          measured.add(ssl2);
          notes.add(ssl2 + ": true: " + same);
        }
      }
    }
    return out;
  }

  /**
   * A library that chooses a signature for every certificate suite ({@link
   * ServerLibrary#signsForEveryCertificateSuite}) refuses a TLS 1.2 client whose schemes it cannot
   * sign with, RSA key exchange included, so the profile needs the TLS 1.2 schemes it accepts even
   * where it enables no suite whose ServerKeyExchange shows them: one hello per scheme, offering
   * only that scheme with its TLS 1.2 suites, and a ServerHello accepts it (in registry order: the
   * order is not seen, and RSA key exchange sends no signature to show it).
   */
  private ServerPolicy tls12SchemesWithoutKeyExchangeSignature(ServerPolicy policy) {
    List<CipherSuite> tls12 = picked.get(ProtocolVersion.TLS_1_2);
    if (tls12 == null || !signed(tls12).isEmpty()) return policy;
    List<SignatureScheme> all = Offer.allSchemes(ProtocolVersion.TLS_1_2);
    List<Callable<Boolean>> probes = new ArrayList<>();
    for (SignatureScheme s : all) {
      probes.add(() -> prober.send(Offer.of(ProtocolVersion.TLS_1_2, tls12, sni).withSigningSchemes(List.of(s)))
          .serverHello().isPresent());
    }
    List<Boolean> answers = all(probes);
    List<SignatureScheme> accepted = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (answers.get(i)) accepted.add(all.get(i));
    }
    if (accepted.isEmpty()) return policy;
    List<SignatureScheme> schemes = new ArrayList<>(accepted);
    policy.signatureSchemes().stream().filter(s -> !schemes.contains(s)).forEach(schemes::add);
    measured.add("signatureSchemes");
    assumed.remove("signatureSchemes");
    unconfirmed.removeIf(u -> u.startsWith("signatureSchemes: no signed key exchange"));
    notes.add("signatureSchemes: TLS 1.2 enables no suite whose key exchange is signed; offered one scheme at a time,"
        + " it accepts " + accepted + " (their order is not seen)");
    return policy.toBuilder().signatureSchemes(schemes).build();
  }

  /**
   * The model's refusal of {@code offer} by {@code policy}, when it refuses at the ClientHello for a
   * reason other than the version and the server's answer {@code r} agrees with it; else empty.
   */
  private static Optional<Refused> refusal(ServerPolicy policy, Offer offer, ServerResponse r) {
    Negotiation model = Negotiator.negotiate(offer.profile(), policy);
    if (!(model instanceof Refused refused) || refused.stage() != Refused.Stage.CLIENT_HELLO
        || refused.reason() == Refused.Reason.NO_SHARED_PROTOCOL_VERSION
        || Observation.from(r).disagreementWith(model).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(refused);
  }

  /**
   * A host that serves clients without server_name its own certificate enables suites for its key
   * that the named host cannot run: found by the same removal without server_name, and merged into
   * the one list, where the model's certificate check keeps each to the clients it can serve.
   */
  private void fallbackSuites(ServerPolicy.Builder b, List<ProtocolVersion> enabled, List<CipherSuite> suites) {
    Map<ProtocolVersion, List<List<CipherSuite>>> found = new EnumMap<>(ProtocolVersion.class);
    List<Callable<Void>> chains = new ArrayList<>();
    for (ProtocolVersion v : enabled) {
      List<CipherSuite> all = suitesValidIn(v);
      List<List<CipherSuite>> results = new ArrayList<>();
      found.put(v, results);
      for (int at = 0; at < all.size(); at += CHUNK) {
        List<CipherSuite> chunk = all.subList(at, Math.min(all.size(), at + CHUNK));
        List<CipherSuite> out = new ArrayList<>();
        results.add(out);
        chains.add(() -> {
          out.addAll(removalChain(Offer.of(v, chunk, null), v));
          return null;
        });
      }
    }
    all(chains);
    List<CipherSuite> merged = new ArrayList<>(suites);
    for (int i = enabled.size() - 1; i >= 0; i--) {
      List<CipherSuite> order = new ArrayList<>();
      found.get(enabled.get(i)).forEach(order::addAll);
      merge(merged, order);
    }
    if (!merged.equals(suites)) {
      notes.add("cipherSuites: " + merged.stream().filter(s -> !suites.contains(s)).toList()
          + " are enabled only for clients without server_name, which get the fallback certificate");
      b.cipherSuites(merged);
    }
    ServerPolicy sofar = b.build();
    List<CipherSuite> tls12 = new ArrayList<>();
    found.getOrDefault(ProtocolVersion.TLS_1_2, List.of()).forEach(tls12::addAll);
    if (!sofar.signatureSchemes().isEmpty() && !signed(tls12).isEmpty()) {
      List<SignatureScheme> schemes = new ArrayList<>(sofar.signatureSchemes());
      schemeChain12(signed(tls12), null).stream().filter(s -> !schemes.contains(s)).forEach(schemes::add);
      b.signatureSchemes(schemes);
    }
  }

  /** A habit as the scan measured it, or empty when no probe settled it. */
  private Optional<Boolean> habit(ServerPolicy policy, ServerHabit habit) {
    return measured.contains(habit.jsonName()) ? Optional.of(policy.has(habit)) : Optional.empty();
  }

  void measured(String field) {
    measured.add(field);
  }

  void assumed(String field) {
    assumed.add(field);
  }

  void unconfirmed(String text) {
    unconfirmed.add(text);
  }

  void note(String text) {
    notes.add(text);
  }

  ProtocolVersion newestBefore13() {
    ProtocolVersion out = null;
    for (ProtocolVersion v : picked.keySet()) {
      if (v != ProtocolVersion.TLS_1_3) out = v;
    }
    return out;
  }

  static boolean isRefusal(ServerResponse r, AlertDescription d) {
    return r.serverHello().isEmpty() && r.endingAlert().map(a -> a.is(d)).orElse(false);
  }

  static String answer(ServerResponse r) {
    if (r.serverHello().isPresent()) return r.serverHello().get().toString();
    return r.endingAlert().map(Alert::toString).map(a -> a + " alert").orElse(r.status().name().toLowerCase(java.util.Locale.ROOT));
  }

  /** Every suite with a TLS code point valid in {@code v}, signalling values left out, in registry order. */
  static List<CipherSuite> suitesValidIn(ProtocolVersion v) {
    List<CipherSuite> out = new ArrayList<>();
    for (CipherSuite s : CipherSuite.values()) {
      if (s.code() <= 0xFFFF && !s.isSignaling() && s.isValidIn(v) && (v == ProtocolVersion.TLS_1_3) == s.isTls13()) out.add(s);
    }
    return out;
  }

  private static List<CipherSuite> withAgreement(List<CipherSuite> suites, Agreement a) {
    return suites.stream().filter(s -> !s.isTls13() && s.keyExchange().agreement() == a).toList();
  }

  /** The suites whose ServerKeyExchange the server signs: (EC)DHE with a certificate. */
  private static List<CipherSuite> signed(List<CipherSuite> suites) {
    return suites.stream().filter(s -> !s.isTls13() && !s.isAnonymous() && !s.keyExchange().isPsk())
        .filter(s -> s.keyExchange().agreement() == Agreement.ECDHE || s.keyExchange().agreement() == Agreement.DHE).toList();
  }

  /** Waits for tasks already submitted to the scan's pool, as {@link #all} does. */
  private static <T> List<T> results(List<Future<T>> futures) {
    try {
      List<T> out = new ArrayList<>(futures.size());
      for (Future<T> f : futures) out.add(f.get());
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted while scanning"));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException u) throw u;
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Runs the tasks on the scan's pool and waits for all of them; a probe that could not connect ends the scan. */
  private <T> List<T> all(List<Callable<T>> tasks) {
    try {
      return results(pool.invokeAll(tasks));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted while scanning"));
    }
  }
}
