package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.registry.NamedGroup;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.bouncycastle.crypto.params.DHParameters;
import org.bouncycastle.tls.crypto.TlsDHConfig;
import org.bouncycastle.tls.crypto.TlsECConfig;
import org.bouncycastle.tls.crypto.TlsKemConfig;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * Writes and checks {@link HelloKeyShare#RESOURCE}: one public key_exchange value per group for
 * which a random string is not a valid one, made with Bouncy Castle, private keys discarded.
 * Regenerate (from the repository root, after a test-compile of the module):
 *
 * <pre>{@code
 * java -cp "tls-compat-evidence/target/test-classes:tls-compat-evidence/target/classes:$(cat cp.txt)" \
 *     io.github.tlscompat.evidence.wire.HelloKeyShareValues \
 *     tls-compat-evidence/src/main/resources/META-INF/tls-compat/key-shares.txt
 * }</pre>
 *
 * <p>where {@code cp.txt} is the module's test class path ({@code mvn -pl tls-compat-evidence -am
 * dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}).
 */
final class HelloKeyShareValues {
  /** The groups shipped; the hybrids are made of these (see {@link HelloKeyShare#value}). */
  static final List<NamedGroup> GROUPS = List.of(NamedGroup.secp256r1, NamedGroup.secp384r1, NamedGroup.secp521r1,
      NamedGroup.brainpoolP256r1tls13, NamedGroup.brainpoolP384r1tls13, NamedGroup.brainpoolP512r1tls13,
      NamedGroup.ffdhe2048, NamedGroup.ffdhe3072, NamedGroup.ffdhe4096, NamedGroup.ffdhe6144, NamedGroup.ffdhe8192,
      NamedGroup.MLKEM512, NamedGroup.MLKEM768, NamedGroup.MLKEM1024);

  /** The curve of each shipped EC group, by Bouncy Castle's name. */
  static final Map<NamedGroup, String> CURVES = Map.of(NamedGroup.secp256r1, "secp256r1",
      NamedGroup.secp384r1, "secp384r1", NamedGroup.secp521r1, "secp521r1",
      NamedGroup.brainpoolP256r1tls13, "brainpoolP256r1", NamedGroup.brainpoolP384r1tls13, "brainpoolP384r1",
      NamedGroup.brainpoolP512r1tls13, "brainpoolP512r1");

  /** The RFC 7919 group of each FFDHE name. */
  static final Map<NamedGroup, DHParameters> FFDHE = Map.of(NamedGroup.ffdhe2048, DHStandardGroups.rfc7919_ffdhe2048,
      NamedGroup.ffdhe3072, DHStandardGroups.rfc7919_ffdhe3072, NamedGroup.ffdhe4096, DHStandardGroups.rfc7919_ffdhe4096,
      NamedGroup.ffdhe6144, DHStandardGroups.rfc7919_ffdhe6144, NamedGroup.ffdhe8192, DHStandardGroups.rfc7919_ffdhe8192);

  private HelloKeyShareValues() {}

  public static void main(String[] args) throws IOException {
    BcTlsCrypto crypto = new BcTlsCrypto(new SecureRandom());
    StringBuilder out = new StringBuilder()
        .append("# One public key_exchange value per group, for the ClientHellos tls-compat sends (HelloKeyShare).\n")
        .append("# Made with Bouncy Castle by HelloKeyShareValues (tls-compat-evidence test sources), which also\n")
        .append("# checks each one is valid for its group; the private keys were discarded, since a probe never\n")
        .append("# completes the key exchange. Format: the NamedGroup's name, a space, the value in hex.\n");
    for (NamedGroup g : GROUPS) {
      byte[] value;
      if (FFDHE.containsKey(g)) {
        value = crypto.createDHDomain(new TlsDHConfig(g.code(), true)).createDH().generateEphemeral();
      } else if (CURVES.containsKey(g)) {
        value = crypto.createECDomain(new TlsECConfig(g.code())).createECDH().generateEphemeral();
      } else {
        value = crypto.createKemDomain(new TlsKemConfig(g.code(), false)).createKem().generateEphemeral();
      }
      String problem = problem(g, value);
      if (problem != null) throw new IllegalStateException(g + ": " + problem);
      out.append(g.name()).append(' ').append(HexFormat.of().formatHex(value)).append('\n');
    }
    Files.writeString(Path.of(args[0]), out, StandardCharsets.US_ASCII);
  }

  /** Why {@code value} is not a valid public value of {@code group}, or null when it is. */
  static String problem(NamedGroup group, byte[] value) {
    if (CURVES.containsKey(group)) {
      X9ECParameters curve = ECNamedCurveTable.getByName(CURVES.get(group));
      try {
        return value[0] == 4 && curve.getCurve().decodePoint(value).isValid() ? null : "not an uncompressed point on the curve";
      } catch (IllegalArgumentException e) {
        return "not a point on the curve: " + e.getMessage();
      }
    }
    if (FFDHE.containsKey(group)) {
      // RFC 7919 5.1: 1 < y < p - 1; the primes are safe, so y is in the subgroup of order q = (p - 1) / 2 iff y^q = 1.
      BigInteger p = FFDHE.get(group).getP();
      BigInteger y = new BigInteger(1, value);
      BigInteger q = p.subtract(BigInteger.ONE).shiftRight(1);
      if (value.length != (p.bitLength() + 7) / 8) return "not " + (p.bitLength() + 7) / 8 + " bytes";
      if (y.compareTo(BigInteger.ONE) <= 0 || y.compareTo(p.subtract(BigInteger.ONE)) >= 0) return "not between 1 and p - 1";
      return y.modPow(q, p).equals(BigInteger.ONE) ? null : "not in the prime-order subgroup";
    }
    int k = switch (group) {
      case MLKEM512 -> 2;
      case MLKEM768 -> 3;
      case MLKEM1024 -> 4;
      default -> throw new IllegalArgumentException("no check for " + group);
    };
    // FIPS 203 7.2, the modulus check: the encapsulation key is k * 256 12-bit coefficients, each below q = 3329, then rho.
    if (value.length != 384 * k + 32) return "not " + (384 * k + 32) + " bytes";
    for (int i = 0; i < 384 * k; i += 3) {
      int b0 = value[i] & 0xff;
      int b1 = value[i + 1] & 0xff;
      int b2 = value[i + 2] & 0xff;
      if ((b0 | (b1 & 0x0f) << 8) >= 3329 || (b1 >> 4 | b2 << 4) >= 3329) return "a coefficient at byte " + i + " is not below 3329";
    }
    return null;
  }
}
