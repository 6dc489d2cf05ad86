package io.github.tlscompat.benchmarks;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientLimits;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.Authentication;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.KeyExchange.Agreement;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Synthetic but realistic clients and servers for the benchmarks, generated deterministically from
 * a fixed seed so that every run measures the same fleet; plus the hand-written pairs of
 * {@code NegotiatorTest}.
 */
public final class Fleets {
  /** The seed of every generated fleet. */
  public static final long SEED = 20261122L;

  private static final ProtocolVersion[] VERSIONS = {ProtocolVersion.SSL_3_0, ProtocolVersion.TLS_1_0,
      ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3};

  private static final List<NamedGroup> GROUPS = List.of(NamedGroup.x25519, NamedGroup.secp256r1,
      NamedGroup.secp384r1, NamedGroup.secp521r1, NamedGroup.x448, NamedGroup.ffdhe2048, NamedGroup.ffdhe3072);

  private static final List<NamedGroup> LEGACY_GROUPS = List.of(NamedGroup.secp256r1, NamedGroup.secp384r1,
      NamedGroup.secp521r1, NamedGroup.sect283r1, NamedGroup.secp224r1);

  private static final List<SignatureScheme> SCHEMES = List.of(SignatureScheme.ecdsa_secp256r1_sha256,
      SignatureScheme.rsa_pss_rsae_sha256, SignatureScheme.rsa_pkcs1_sha256, SignatureScheme.ecdsa_secp384r1_sha384,
      SignatureScheme.rsa_pss_rsae_sha384, SignatureScheme.rsa_pkcs1_sha384, SignatureScheme.rsa_pss_rsae_sha512,
      SignatureScheme.rsa_pkcs1_sha512, SignatureScheme.ed25519, SignatureScheme.rsa_pkcs1_sha1,
      SignatureScheme.ecdsa_sha1);

  private static final CertificateSpec RSA_4096 = new CertificateSpec(KeyType.RSA, 4096, HashAlgorithm.SHA256, false);
  private static final CertificateSpec ECDSA_P384 = new CertificateSpec(KeyType.EC, 384, HashAlgorithm.SHA384, false);

  /** The suites a real stack would offer: certificate-authenticated, RSA/DHE/ECDHE, or TLS 1.3. */
  private static final List<CipherSuite> REALISTIC = Arrays.stream(CipherSuite.values())
      .filter(s -> !s.isSignaling() && !s.isSsl2() && s.isRegistered() && !s.isNullCipher() && !s.isExport())
      .filter(s -> s.isTls13() || (s.authentication() == Authentication.RSA || s.authentication() == Authentication.ECDSA
          || s.authentication() == Authentication.DSS) && switch (s.keyExchange().agreement()) {
            case RSA, DHE, ECDHE -> true;
            default -> false;
          })
      .toList();

  /** The suites most stacks actually ship: AES, ChaCha20, 3DES and RC4 (the rest are occasional extras). */
  private static final List<CipherSuite> COMMON = REALISTIC.stream()
      .filter(s -> s.name().contains("_AES_") || s.name().contains("CHACHA20") || s.name().contains("3DES")
          || s.name().contains("RC4"))
      .filter(s -> !s.name().contains("CCM"))
      .toList();

  /** Lync Phone Edition's shape: SSL 3.0/TLS 1.0, RSA RC4/3DES suites, no SNI, no extensions. */
  public static final ClientProfile PHONE = ClientProfile.builder("phone", "TLS 1.0 RSA-only phone")
      .versions(ProtocolVersion.SSL_3_0, ProtocolVersion.TLS_1_0)
      .cipherSuites(CipherSuite.TLS_RSA_WITH_RC4_128_MD5, CipherSuite.TLS_RSA_WITH_RC4_128_SHA,
          CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA)
      .sendsSni(false)
      .limits(ClientLimits.builder().certificateSignatureHashes(HashAlgorithm.SHA1, HashAlgorithm.SHA256)
          .acceptsWildcardCertificates(false).build())
      .build();

  /** A TLS 1.2/1.3 browser. */
  public static final ClientProfile MODERN = ClientProfile.builder("modern", "TLS 1.2/1.3 browser")
      .versions(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3)
      .cipherSuites(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384,
          CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
          CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256)
      .groups(List.of(NamedGroup.x25519, NamedGroup.secp256r1))
      .keyShares(List.of(NamedGroup.x25519))
      .signatureAlgorithms(List.of(SignatureScheme.ecdsa_secp256r1_sha256, SignatureScheme.rsa_pss_rsae_sha256,
          SignatureScheme.rsa_pkcs1_sha256))
      .build();

  /** TLS 1.0-1.2 with AES and 3DES, as a FIPS template leaves it. */
  public static final ServerPolicy FIPS = ServerPolicy.builder("fips", "TLS 1.0-1.2, AES and 3DES")
      .versions(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2)
      .cipherSuites(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA,
          CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA)
      .build();

  /** TLS 1.3 only. */
  public static final ServerPolicy TLS13 = ServerPolicy.builder("tls13", "TLS 1.3 only")
      .versions(ProtocolVersion.TLS_1_3)
      .cipherSuites(CipherSuite.TLS_AES_256_GCM_SHA384, CipherSuite.TLS_AES_128_GCM_SHA256)
      .build();

  /** TLS 1.2 only, ECDHE-RSA with AES-GCM. */
  public static final ServerPolicy TLS12_ECDHE = ServerPolicy.builder("tls12", "TLS 1.2 only, ECDHE-GCM")
      .versions(ProtocolVersion.TLS_1_2)
      .cipherSuites(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
      .build();

  private Fleets() {}

  /** The client of a named pair: see {@code NegotiateBenchmark.PairState#pair}. */
  public static ClientProfile pairClient(String pair) {
    return switch (pair) {
      case "phone-vs-fips", "phone-vs-tls12-refused" -> PHONE;
      case "modern-vs-tls13", "modern-vs-tls12-ecdhe" -> MODERN;
      default -> throw new IllegalArgumentException("unknown pair " + pair);
    };
  }

  /** The server of a named pair. */
  public static ServerPolicy pairServer(String pair) {
    return switch (pair) {
      case "phone-vs-fips" -> FIPS;
      case "modern-vs-tls13" -> TLS13;
      case "modern-vs-tls12-ecdhe", "phone-vs-tls12-refused" -> TLS12_ECDHE;
      default -> throw new IllegalArgumentException("unknown pair " + pair);
    };
  }

  /** {@code count} generated clients. */
  public static List<ClientProfile> clients(int count) {
    Random random = new Random(SEED);
    List<ClientProfile> clients = new ArrayList<>(count);
    for (int i = 0; i < count; i++) clients.add(client(random, i));
    return clients;
  }

  /** {@code count} generated servers. */
  public static List<ServerPolicy> servers(int count) {
    Random random = new Random(SEED + 1);
    List<ServerPolicy> servers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) servers.add(server(random, i));
    return servers;
  }

  private static ClientProfile client(Random random, int index) {
    // Eras, weighted towards today's fleet: SSL 3.0-TLS 1.0 devices, TLS 1.0-1.1, TLS 1.0-1.2, 1.2-1.3, 1.3 only.
    int[][] ranges = {{0, 1}, {1, 2}, {1, 3}, {3, 3}, {3, 4}, {3, 4}, {2, 4}, {4, 4}};
    int[] range = ranges[random.nextInt(ranges.length)];
    List<ProtocolVersion> versions = Arrays.asList(VERSIONS).subList(range[0], range[1] + 1);
    boolean tls12 = versions.contains(ProtocolVersion.TLS_1_2);
    boolean tls13 = versions.contains(ProtocolVersion.TLS_1_3);

    List<CipherSuite> suites = suites(random, versions, 5 + random.nextInt(16));
    if (tls13 && suites.stream().noneMatch(CipherSuite::isTls13)) suites.add(CipherSuite.TLS_AES_128_GCM_SHA256);
    suites.sort(Comparator.comparingInt(Fleets::strength).reversed());
    if (random.nextInt(3) == 0) suites.add(CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV);

    ClientProfile.Builder b = ClientProfile.builder("client-" + index, "synthetic client " + index)
        .versions(ParameterSet.copyOf(ProtocolVersion.class, versions))
        .cipherSuites(suites)
        .sendsSni(random.nextInt(10) != 0);
    boolean ecc = suites.stream().anyMatch(s -> s.keyExchange().agreement() == Agreement.ECDHE);
    if (tls13) {
      List<NamedGroup> groups = pick(random, GROUPS, 2 + random.nextInt(4));
      if (!groups.contains(NamedGroup.x25519) && !groups.contains(NamedGroup.secp256r1)) groups.add(0, NamedGroup.secp256r1);
      b.groups(groups).keyShares(groups.subList(0, 1 + random.nextInt(Math.min(2, groups.size()))));
    } else if (ecc && random.nextInt(5) != 0) {
      b.groups(pick(random, tls12 ? GROUPS.subList(0, 4) : LEGACY_GROUPS, 1 + random.nextInt(3)));
    }
    if (tls12 && random.nextInt(8) != 0) b.signatureAlgorithms(pick(random, SCHEMES, 3 + random.nextInt(7)));
    if (random.nextInt(10) == 0) b.clientCertificate(random.nextBoolean() ? KeyType.RSA : KeyType.EC);
    if (random.nextInt(6) == 0) {
      ClientLimits.Builder limits = ClientLimits.builder()
          .certificateSignatureHashes(HashAlgorithm.SHA1, HashAlgorithm.SHA256);
      if (random.nextBoolean()) limits.minDhBits(1024);
      if (random.nextBoolean()) limits.maxDhBits(2048);
      if (random.nextBoolean()) limits.maxRsaBits(2048);
      b.limits(limits.acceptsWildcardCertificates(random.nextBoolean()).build());
    }
    return b.build();
  }

  private static ServerPolicy server(Random random, int index) {
    // TLS 1.2 only, 1.2-1.3, 1.3 only, 1.0-1.2, SSL 3.0-1.2 (forgotten), 1.0-1.3.
    int[][] ranges = {{3, 3}, {3, 4}, {3, 4}, {4, 4}, {1, 3}, {1, 3}, {0, 3}, {1, 4}};
    int[] range = ranges[random.nextInt(ranges.length)];
    List<ProtocolVersion> versions = Arrays.asList(VERSIONS).subList(range[0], range[1] + 1);
    boolean tls13 = versions.contains(ProtocolVersion.TLS_1_3);

    List<CipherSuite> suites = suites(random, versions, 3 + random.nextInt(12));
    if (tls13 && suites.stream().noneMatch(CipherSuite::isTls13)) suites.add(0, CipherSuite.TLS_AES_256_GCM_SHA384);
    if (random.nextInt(4) != 0) suites.sort(Comparator.comparingInt(Fleets::strength).reversed());

    CertificateSpec[][] certificateSets = {{CertificateSpec.RSA_2048_SHA256}, {CertificateSpec.RSA_2048_SHA256},
        {CertificateSpec.ECDSA_P256_SHA256}, {CertificateSpec.ECDSA_P256_SHA256, CertificateSpec.RSA_2048_SHA256},
        {CertificateSpec.RSA_2048_SHA1}, {RSA_4096}, {ECDSA_P384, RSA_4096}};
    CertificateSpec[] certificates = certificateSets[random.nextInt(certificateSets.length)];

    ServerPolicy.Builder b = ServerPolicy.builder("server-" + index, "synthetic server " + index)
        .versions(ParameterSet.copyOf(ProtocolVersion.class, versions))
        .cipherSuites(suites)
        .serverPreference(random.nextInt(10) < 7)
        .certificates(certificates[0], Arrays.copyOfRange(certificates, 1, certificates.length))
        .dhBits(new int[] {1024, 2048, 2048, 3072, 4096}[random.nextInt(5)])
        .habit(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO, random.nextBoolean());
    if (random.nextBoolean()) b.groups(pick(random, GROUPS, 1 + random.nextInt(4)));
    if (random.nextInt(4) == 0) b.signatureSchemes(pick(random, SCHEMES, 2 + random.nextInt(6)));
    if (random.nextInt(8) == 0) {
      b.requiresSni(true);
      if (random.nextBoolean()) b.fallbackCertificate(CertificateSpec.RSA_2048_SHA1);
    }
    if (random.nextInt(20) == 0) b.requiresClientCertificate(true);
    return b.build();
  }

  /** {@code n} common suites valid in {@code versions}, plus up to two rarer ones (Camellia, ARIA, SEED...). */
  private static List<CipherSuite> suites(Random random, List<ProtocolVersion> versions, int n) {
    List<CipherSuite> suites = pick(random, validIn(COMMON, versions), n);
    for (CipherSuite extra : pick(random, validIn(REALISTIC, versions), random.nextInt(3))) {
      if (!suites.contains(extra)) suites.add(extra);
    }
    return suites;
  }

  /** The suites of {@code pool} valid in at least one of {@code versions}. */
  private static List<CipherSuite> validIn(List<CipherSuite> pool, List<ProtocolVersion> versions) {
    return pool.stream().filter(s -> versions.stream().anyMatch(s::isValidIn)).toList();
  }

  /** Up to {@code n} distinct elements of {@code pool}, in random order. */
  private static <E> List<E> pick(Random random, List<E> pool, int n) {
    List<E> copy = new ArrayList<>(pool);
    java.util.Collections.shuffle(copy, random);
    return new ArrayList<>(copy.subList(0, Math.min(n, copy.size())));
  }

  /** How a typical stack ranks a suite: TLS 1.3, then forward secret, then AEAD, then by grade. */
  private static int strength(CipherSuite s) {
    int score = s.isTls13() ? 1000 : 0;
    if (s.isForwardSecret()) score += 100;
    if (s.keyExchange().agreement() == Agreement.ECDHE) score += 50;
    if (s.isAead()) score += 20;
    return score + s.grade().ordinal();
  }
}
