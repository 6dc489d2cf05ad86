package io.github.tlscompat.core.remedy;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.library.SecurityLevel;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SecurityGrade;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A change to a server policy that re-admits a refused client, proven by negotiating again.
 *
 * <p>{@link #find} tries the changes an administrator would make, one at a time and then in pairs
 * (a version is rarely re-enabled without also needing a suite): re-enable a version the client
 * speaks, add one suite the client offers, add a fallback certificate for clients without SNI, add
 * a certificate of the key type the client's suites need, present a certificate signed with a hash
 * or key size the client accepts, or issued by one it trusts, shrink the DH prime, stop requiring a
 * client certificate from a client without one, trust the issuer of a client's certificate, run the
 * server's OpenSSL at a lower security level (the highest that re-admits the client). Only
 * changes after which the client connects are kept. They are ranked best first: fewest changes,
 * then the strongest result (suite grade, then version), so the weakest concession comes last.
 *
 * @param changes what to change, as values a tool can apply and switch over (see {@link PolicyChange})
 * @param policy the server policy with the changes applied
 * @param outcome how the client then connects
 * @since 0.1.0
 */
public record Remedy(List<PolicyChange> changes, ServerPolicy policy, Connected outcome) {

  /** Validates the components and copies the changes. */
  public Remedy {
    changes = List.copyOf(changes);
    Preconditions.checkArgument(!changes.isEmpty(), () -> "a remedy changes something");
    Preconditions.checkNotNull(policy, "policy");
    Preconditions.checkNotNull(outcome, "outcome");
  }

  /**
   * One line for a person, e.g. "enable TLSv1.0, add TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with
   * TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)".
   */
  public String describe() {
    return describeChanges() + ": connects with " + outcome.version().displayName() + " "
        + outcome.cipherSuite() + " (graded " + outcome.cipherSuite().grade().name().toLowerCase(Locale.ROOT) + ")";
  }

  /** The changes for a person, joined with commas, e.g. "enable TLSv1.0, add TLS_RSA_WITH_3DES_EDE_CBC_SHA". */
  public String describeChanges() {
    return String.join(", ", changes.stream().map(PolicyChange::describe).toList());
  }

  /**
   * How much security this remedy gives up: the weakest grade among what its changes let in and
   * the suite the client then negotiates. The rules per kind of change: a suite added has its
   * {@link CipherSuite#grade()}; SSL 2.0 and 3.0 enabled are {@link SecurityGrade#INSECURE}, TLS 1.0
   * and 1.1 {@link SecurityGrade#WEAK} (RFC 6176, RFC 7568, RFC 8996); DH parameters below 1024
   * bits insecure, below 2048 weak; a certificate signed with MD5 or with an RSA or DSA key below
   * 1024 bits insecure, signed with SHA-1 or with a key below 2048 bits (EC: 224) weak; no longer
   * requiring a client certificate weak. {@code --max-concession weak} keeps out what is insecure:
   * export, RC4 and single-DES suites, SSL 3.0, MD5-signed certificates.
   *
   * @since 0.1.0
   */
  public SecurityGrade concession() {
    SecurityGrade grade = outcome.cipherSuite().grade();
    for (PolicyChange change : changes) {
      SecurityGrade conceded = Concession.of(change);
      if (conceded.compareTo(grade) < 0) grade = conceded;
    }
    return grade;
  }

  @Override public String toString() {
    return describe();
  }

  /** The remedies that re-admit {@code client} to {@code server}, best first; empty if it already connects. */
  public static List<Remedy> find(ClientProfile client, ServerPolicy server) {
    if (Negotiator.negotiate(client, server).isConnected()) return List.of();
    // Keyed by the set of changes: the same two changes found in either order are one remedy.
    Map<Set<PolicyChange>, Remedy> found = new LinkedHashMap<>();
    List<Step> firsts = new ArrayList<>();
    for (Step step : steps(client, server)) {
      if (Negotiator.negotiate(client, step.policy) instanceof Connected c) {
        found.put(Set.of(step.change), new Remedy(List.of(step.change), step.policy, c));
      } else {
        firsts.add(step);
      }
    }
    // A pair is a remedy only if neither change works alone: otherwise it is not the smallest.
    for (Step first : firsts) {
      for (Step second : steps(client, first.policy)) {
        if (found.containsKey(Set.of(second.change))) continue;
        if (Negotiator.negotiate(client, second.policy) instanceof Connected c) {
          List<PolicyChange> changes = List.of(first.change, second.change);
          found.putIfAbsent(Set.copyOf(changes), new Remedy(changes, second.policy, c));
        }
      }
    }
    // Of the levels that re-admit the client, only the highest: a lower one concedes more for nothing.
    int highest = highestLevel(found.values());
    found.values().removeIf(r -> lowersLevel(r) >= 0 && lowersLevel(r) < highest);
    List<Remedy> remedies = new ArrayList<>(found.values());
    remedies.sort(Comparator.<Remedy>comparingInt(r -> r.changes().size())
        .thenComparing(r -> r.outcome().cipherSuite().grade(), Comparator.reverseOrder())
        .thenComparing(r -> r.outcome().version(), Comparator.reverseOrder())
        .thenComparing(Remedy::describe));
    return remedies;
  }

  /** The level a remedy that only lowers the security level lowers to, or -1 for any other remedy. */
  private static int lowersLevel(Remedy r) {
    return r.changes().size() == 1 && r.changes().get(0) instanceof PolicyChange.LowerSecurityLevel l
        ? l.level().level() : -1;
  }

  private static int highestLevel(Collection<Remedy> remedies) {
    return remedies.stream().mapToInt(Remedy::lowersLevel).max().orElse(-1);
  }

  private record Step(PolicyChange change, ServerPolicy policy) {}

  private static Step step(ServerPolicy server, PolicyChange change) {
    return new Step(change, change.applyTo(server));
  }

  /** The single changes worth trying against {@code server}, given what the client offers. */
  private static List<Step> steps(ClientProfile client, ServerPolicy server) {
    List<Step> steps = new ArrayList<>();
    for (ProtocolVersion v : client.versions()) {
      if (!server.versions().contains(v)) steps.add(step(server, new PolicyChange.EnableVersion(v)));
    }
    ParameterSet<CipherSuite> enabled = server.cipherSuites().asSet();
    for (CipherSuite s : client.cipherSuites()) {
      if (!enabled.contains(s) && !s.isSignaling() && !s.isSsl2()) steps.add(step(server, new PolicyChange.AddCipherSuite(s)));
    }
    if (server.requiresSni() && !client.sendsSni() && server.fallbackCertificate().isEmpty()) {
      steps.add(step(server, new PolicyChange.AddFallbackCertificate(server.certificates().get(0))));
    }
    CertificateSpec current = server.fallbackCertificate().filter(c -> server.requiresSni() && !client.sendsSni())
        .orElse(server.certificates().get(0));
    if (server.certificates().stream().noneMatch(c -> c.keyType() == KeyType.RSA)) {
      steps.add(step(server, new PolicyChange.AddCertificate(CertificateSpec.RSA_2048_SHA256)));
    }
    if (server.certificates().stream().noneMatch(c -> c.keyType() == KeyType.EC)) {
      steps.add(step(server, new PolicyChange.AddCertificate(CertificateSpec.ECDSA_P256_SHA256)));
    }
    if (!client.limits().acceptsCertificateHash(current.signatureHash())) {
      HashAlgorithm hash = client.limits().certificateSignatureHashes().contains(HashAlgorithm.SHA256)
          ? HashAlgorithm.SHA256 : client.limits().certificateSignatureHashes().iterator().next();
      steps.add(step(server, new PolicyChange.ReplaceCertificate(current, current.withSignatureHash(hash))));
    }
    if (current.wildcard() && !client.limits().acceptsWildcardCertificates()) {
      steps.add(step(server, new PolicyChange.ReplaceCertificate(current,
          new CertificateSpec(current.keyType(), current.keyBits(), current.signatureHash(), false, current.issuer()))));
    }
    int maxRsa = client.limits().maxRsaBits().orElse(0);
    if (current.keyType() == KeyType.RSA && maxRsa > 0 && current.keyBits() > maxRsa) {
      steps.add(step(server, new PolicyChange.ReplaceCertificate(current,
          new CertificateSpec(KeyType.RSA, maxRsa, current.signatureHash(), current.wildcard(), current.issuer()))));
    }
    OptionalInt maxDh = client.limits().maxDhBits();
    if (!client.limits().acceptsDhBits(server.dhBits()) && maxDh.isPresent()) {
      steps.add(step(server, new PolicyChange.UseDhParameters(maxDh.getAsInt())));
    }
    if (!client.trustedIssuers().isEmpty()) {
      // Any certificate the negotiation may pick is worth re-issuing; the first trusted issuer is
      // as good as any for the prediction.
      List<CertificateSpec> presented = new ArrayList<>(server.certificates());
      if (!presented.contains(current)) presented.add(0, current);
      for (CertificateSpec cert : presented) {
        if (cert.issuer().isPresent() && !cert.issuer().get().isAmong(client.trustedIssuers())) {
          steps.add(step(server, new PolicyChange.ReplaceCertificate(cert,
              cert.withIssuer(client.trustedIssuers().get(0)))));
        }
      }
    }
    if (server.requiresClientCertificate() && client.clientCertificate().isEmpty()) {
      steps.add(step(server, new PolicyChange.StopRequiringClientCertificate()));
    }
    Optional<CertificateIssuer> clientIssuer = client.clientCertificate().flatMap(CertificateSpec::issuer);
    if (server.requiresClientCertificate() && !server.trustedIssuers().isEmpty() && clientIssuer.isPresent()
        && !clientIssuer.get().isAmong(server.trustedIssuers())) {
      steps.add(step(server, new PolicyChange.TrustClientCertificateIssuer(clientIssuer.get())));
    }
    // Highest first: find() keeps only the highest level that re-admits the client.
    int level = server.library().flatMap(ServerLibrary::effectiveSecurityLevel).map(SecurityLevel::level).orElse(0);
    for (int lower = level - 1; lower >= 0; lower--) {
      steps.add(step(server, new PolicyChange.LowerSecurityLevel(SecurityLevel.of(lower))));
    }
    return steps;
  }
}
