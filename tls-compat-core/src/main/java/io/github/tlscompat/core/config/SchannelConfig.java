package io.github.tlscompat.core.config;

import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.internal.Split;
import io.github.tlscompat.core.library.SchannelBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.BulkCipher;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange.Agreement;
import io.github.tlscompat.core.registry.Mac;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Windows SChannel server settings: a registry export ({@code .reg}) as IIS Crypto, Group Policy
 * or regedit write it, and the output of PowerShell's {@code Get-TlsCipherSuite}.
 *
 * <p><b>Registry.</b> Under {@code HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL}:
 * <ul>
 *   <li>{@code Protocols\<SSL 2.0 | SSL 3.0 | TLS 1.0 | TLS 1.1 | TLS 1.2 | TLS 1.3>\Server}:
 *       {@code Enabled} 0 disables the version, any other value enables it; {@code DisabledByDefault}
 *       non-zero disables it for a server that asks for the defaults, as IIS does; a version without
 *       either value keeps the OS default, given as {@code base}. {@code Multi-Protocol Unified
 *       Hello\Server} {@code Enabled} 0 refuses SSL 2.0-framed ClientHellos.</li>
 *   <li>{@code Ciphers\<name>} {@code Enabled} 0 removes the suites with that cipher: {@code NULL},
 *       {@code DES 56/56}, {@code RC2 40/128}, {@code RC2 56/128}, {@code RC2 128/128},
 *       {@code RC4 40/128}, {@code RC4 56/128}, {@code RC4 64/128}, {@code RC4 128/128},
 *       {@code Triple DES 168}, {@code AES 128/128}, {@code AES 256/256}.</li>
 *   <li>{@code Hashes\<MD5 | SHA | SHA256 | SHA384 | SHA512>} {@code Enabled} 0 removes the suites
 *       with that MAC.</li>
 *   <li>{@code KeyExchangeAlgorithms\<Diffie-Hellman | PKCS | ECDH>} {@code Enabled} 0 removes DHE,
 *       RSA key transport or ECDHE suites; {@code Diffie-Hellman} {@code ServerMinKeyBitLength}
 *       raises the DHE prime size to at least that.</li>
 * </ul>
 * The suite order is {@code Functions} under {@code HKLM\SOFTWARE\Policies\Microsoft\Cryptography\
 * Configuration\SSL\00010002} (the Group Policy "SSL Cipher Suite Order", which IIS Crypto writes;
 * else under {@code HKLM\SYSTEM\CurrentControlSet\Control\Cryptography\Configuration\Local\SSL\
 * 00010002}), a comma list (REG_SZ) or REG_MULTI_SZ; without it the suites of {@code base} are
 * kept. Names with a {@code _P256}, {@code _P384} or {@code _P521} suffix (Windows Vista to 8.1)
 * name the IANA suite plus that curve, which joins the groups. {@code EccCurves} there
 * ({@code curve25519}, {@code NistP256}, {@code NistP384}, {@code NistP521}) sets the groups. SChannel
 * always chooses by its own order, so the policy has server preference.
 *
 * <p><b>FIPS policy.</b> {@code HKLM\SYSTEM\CurrentControlSet\Control\Lsa\FipsAlgorithmPolicy}
 * {@code Enabled} non-zero (Windows Vista and later), or the {@code FIPSAlgorithmPolicy} value
 * under {@code Lsa} (Windows XP and Server 2003), is the "System cryptography: Use FIPS compliant
 * algorithms" policy turned on: the result is narrowed by the FIPS build of the base's Windows
 * release ({@link SchannelBuild#withFipsPolicy()}, {@link SchannelBuild#narrow}) and names it as
 * its library.
 *
 * <p><b>Writing.</b> {@link #writeReg} writes what IIS Crypto writes: every protocol's
 * {@code Server} key, the cipher, hash and key-exchange keys, and the {@code Functions} order. What
 * SChannel cannot express is in {@link Exported#warnings()}: suites Windows never had, the
 * client's order winning, groups beyond the four curves, signature schemes, a required
 * server_name and a required client certificate (IIS settings, not SChannel's).
 *
 * @since 0.1.0
 */
public final class SchannelConfig {
  private SchannelConfig() {}

  private static final String SCHANNEL = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL";
  private static final String POLICY = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002";
  private static final String LOCAL = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Cryptography\\Configuration\\Local\\SSL\\00010002";
  private static final String LSA = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa";
  private static final String UNIFIED_HELLO = "Multi-Protocol Unified Hello";
  private static final List<String> OTHER_PROTOCOLS = List.of("PCT 1.0", UNIFIED_HELLO, "DTLS 1.0", "DTLS 1.2");

  private static final Map<String, ProtocolVersion> PROTOCOLS = new LinkedHashMap<>();
  private static final Map<String, Set<BulkCipher>> CIPHERS = new LinkedHashMap<>();
  private static final Map<String, Mac> HASHES = new LinkedHashMap<>();
  private static final Map<String, Predicate<CipherSuite>> KEY_EXCHANGES = new LinkedHashMap<>();
  private static final Map<String, NamedGroup> CURVES = new LinkedHashMap<>();

  static {
    for (ProtocolVersion v : ProtocolVersion.values()) PROTOCOLS.put(v.rfcName(), v);
    CIPHERS.put("NULL", EnumSet.of(BulkCipher.NULL));
    CIPHERS.put("DES 56/56", EnumSet.of(BulkCipher.DES_CBC, BulkCipher.DES40_CBC));
    CIPHERS.put("RC2 40/128", EnumSet.of(BulkCipher.RC2_CBC_40));
    CIPHERS.put("RC2 56/128", EnumSet.of(BulkCipher.RC2_CBC_56));
    CIPHERS.put("RC2 128/128", EnumSet.of(BulkCipher.RC2_CBC_128));
    CIPHERS.put("RC4 40/128", EnumSet.of(BulkCipher.RC4_40));
    CIPHERS.put("RC4 56/128", EnumSet.of(BulkCipher.RC4_56));
    CIPHERS.put("RC4 64/128", EnumSet.of(BulkCipher.RC4_64));
    CIPHERS.put("RC4 128/128", EnumSet.of(BulkCipher.RC4_128));
    CIPHERS.put("Triple DES 168", EnumSet.of(BulkCipher.TDES_EDE_CBC));
    CIPHERS.put("AES 128/128", EnumSet.of(BulkCipher.AES_128_CBC, BulkCipher.AES_128_GCM, BulkCipher.AES_128_CCM,
        BulkCipher.AES_128_CCM_8));
    CIPHERS.put("AES 256/256", EnumSet.of(BulkCipher.AES_256_CBC, BulkCipher.AES_256_GCM, BulkCipher.AES_256_CCM,
        BulkCipher.AES_256_CCM_8));
    HASHES.put("MD5", Mac.MD5);
    HASHES.put("SHA", Mac.SHA1);
    HASHES.put("SHA256", Mac.SHA256);
    HASHES.put("SHA384", Mac.SHA384);
    HASHES.put("SHA512", Mac.NULL); // no suite has an HMAC-SHA512 MAC
    KEY_EXCHANGES.put("Diffie-Hellman", s -> s.keyExchange().agreement() == Agreement.DHE
        || s.keyExchange().agreement() == Agreement.DH);
    KEY_EXCHANGES.put("PKCS", s -> s.keyExchange().agreement() == Agreement.RSA);
    KEY_EXCHANGES.put("ECDH", s -> s.keyExchange().agreement() == Agreement.ECDHE
        || s.keyExchange().agreement() == Agreement.ECDH);
    CURVES.put("curve25519", NamedGroup.x25519);
    CURVES.put("NistP256", NamedGroup.secp256r1);
    CURVES.put("NistP384", NamedGroup.secp384r1);
    CURVES.put("NistP521", NamedGroup.secp521r1);
  }

  /**
   * Suites some Windows release has (Windows Server 2003 to 2022, "TLS Cipher Suites in Windows"
   * pages of the Microsoft documentation); the writer warns about the rest.
   */
  private static final Set<CipherSuite> WINDOWS_SUITES = EnumSet.noneOf(CipherSuite.class);

  static {
    for (String n : List.of("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
        "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
        "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
        "TLS_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_RSA_WITH_AES_256_CBC_SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA256",
        "TLS_RSA_WITH_AES_256_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
        "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256", "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256",
        "TLS_DHE_DSS_WITH_AES_256_CBC_SHA", "TLS_DHE_DSS_WITH_AES_128_CBC_SHA", "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA",
        "TLS_RSA_WITH_RC4_128_SHA", "TLS_RSA_WITH_RC4_128_MD5", "TLS_RSA_WITH_DES_CBC_SHA",
        "TLS_DHE_DSS_WITH_DES_CBC_SHA", "TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA", "TLS_RSA_WITH_NULL_MD5",
        "TLS_RSA_WITH_NULL_SHA", "TLS_RSA_WITH_NULL_SHA256", "TLS_RSA_EXPORT1024_WITH_RC4_56_SHA",
        "TLS_RSA_EXPORT_WITH_RC4_40_MD5", "TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA",
        "TLS_PSK_WITH_AES_256_GCM_SHA384", "TLS_PSK_WITH_AES_128_GCM_SHA256", "TLS_PSK_WITH_AES_256_CBC_SHA384",
        "TLS_PSK_WITH_AES_128_CBC_SHA256", "TLS_PSK_WITH_NULL_SHA384", "TLS_PSK_WITH_NULL_SHA256")) {
      WINDOWS_SUITES.add(CipherSuite.fromIanaName(n));
    }
  }

  /**
   * Whether some Windows release has {@code suite} in SChannel (Windows Server 2003 to 2022), so that
   * the {@code Functions} order can name it.
   *
   * @since 0.1.0
   */
  public static boolean supports(CipherSuite suite) {
    return WINDOWS_SUITES.contains(Preconditions.checkNotNull(suite, "suite"));
  }

  /**
   * The policy a {@code .reg} export gives on a server whose OS defaults are {@code base}; the
   * bytes are decoded by byte-order mark (UTF-16LE, as regedit writes, or UTF-8) or as UTF-8.
   *
   * @throws IllegalArgumentException as {@link #readReg(String, ServerPolicy)}
   */
  public static ServerPolicy readReg(byte[] regFile, ServerPolicy base) {
    Preconditions.checkNotNull(regFile, "regFile");
    return readReg(RegFile.decode(regFile), base);
  }

  /**
   * The policy a {@code .reg} export gives on a server whose OS defaults are {@code base}; see the
   * class description. Keys outside those described are ignored.
   *
   * @throws IllegalArgumentException for a malformed file, an unknown protocol, cipher, hash, key
   *     exchange, suite or curve name (with the closest names), naming the line; or if no version or
   *     suite is left
   */
  public static ServerPolicy readReg(String regFile, ServerPolicy base) {
    Preconditions.checkNotNull(regFile, "regFile");
    Preconditions.checkNotNull(base, "base");
    RegFile reg = RegFile.parse(regFile);
    ParameterSet<ProtocolVersion> versions = base.versions();
    boolean unifiedHello = base.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO);
    for (String child : reg.children(SCHANNEL + "\\Protocols")) {
      String key = SCHANNEL + "\\Protocols\\" + child + "\\Server";
      Optional<RegFile.Value> enabled = reg.value(key, "Enabled");
      Optional<RegFile.Value> byDefault = reg.value(key, "DisabledByDefault");
      if (upperContains(OTHER_PROTOCOLS, child)) {
        if (child.equalsIgnoreCase(UNIFIED_HELLO) && enabled.isPresent()) unifiedHello = dword(enabled.get(), key) != 0;
        continue;
      }
      ProtocolVersion v = lookup(PROTOCOLS, child, reg.line(key), "protocol");
      boolean on = versions.contains(v);
      if (enabled.isPresent()) on = dword(enabled.get(), key) != 0;
      if (byDefault.isPresent() && dword(byDefault.get(), key) != 0) on = false;
      versions = on ? versions.with(v) : versions.without(v);
    }
    List<CipherSuite> suites = new ArrayList<>(base.cipherSuites());
    List<NamedGroup> groups = new ArrayList<>(base.groups());
    Optional<RegFile.Value> functions = reg.value(POLICY, "Functions").or(() -> reg.value(LOCAL, "Functions"));
    if (functions.isPresent()) {
      suites.clear();
      RegFile.Value f = functions.get();
      List<String> names = f.strings() != null ? f.strings()
          : f.string() != null ? List.of(f.string().split(",")) : List.of();
      for (String raw : names) {
        String name = raw.strip();
        if (name.isEmpty()) continue;
        CipherSuite s = windowsSuite(name, groups, f.line());
        if (!suites.contains(s)) suites.add(s);
      }
    }
    Optional<RegFile.Value> curves = reg.value(POLICY, "EccCurves");
    if (curves.isPresent()) {
      groups.clear();
      List<String> names = curves.get().strings() != null ? curves.get().strings()
          : List.of(String.valueOf(curves.get().string()).split(","));
      for (String name : names) {
        NamedGroup g = lookup(CURVES, name.strip(), curves.get().line(), "curve");
        if (!groups.contains(g)) groups.add(g);
      }
    }
    for (String child : reg.children(SCHANNEL + "\\Ciphers")) {
      Set<BulkCipher> ciphers = lookup(CIPHERS, child.replace("TRIPLE DES 168/168", "TRIPLE DES 168"),
          reg.line(SCHANNEL + "\\Ciphers\\" + child), "cipher");
      if (disabled(reg, SCHANNEL + "\\Ciphers\\" + child)) suites.removeIf(s -> ciphers.contains(s.cipher()));
    }
    for (String child : reg.children(SCHANNEL + "\\Hashes")) {
      Mac mac = lookup(HASHES, child.replace(" ", ""), reg.line(SCHANNEL + "\\Hashes\\" + child), "hash");
      if (disabled(reg, SCHANNEL + "\\Hashes\\" + child)) suites.removeIf(s -> s.mac() == mac && mac != Mac.NULL);
    }
    int dhBits = base.dhBits();
    for (String child : reg.children(SCHANNEL + "\\KeyExchangeAlgorithms")) {
      String key = SCHANNEL + "\\KeyExchangeAlgorithms\\" + child;
      Predicate<CipherSuite> kx = lookup(KEY_EXCHANGES, child, reg.line(key), "key exchange");
      if (disabled(reg, key)) suites.removeIf(kx);
      Optional<RegFile.Value> min = reg.value(key, "ServerMinKeyBitLength");
      if (min.isPresent()) dhBits = (int) Math.max(dhBits, dword(min.get(), key));
    }
    Preconditions.checkArgument(!versions.isEmpty(), () -> "the registry settings leave no protocol enabled");
    Preconditions.checkArgument(!suites.isEmpty(), () -> "the registry settings leave no cipher suite enabled");
    ServerPolicy policy = base.toBuilder().versions(versions).cipherSuites(suites).groups(groups).serverPreference(true)
        .dhBits(dhBits).habit(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO, unifiedHello).build();
    Optional<Integer> fipsLine = fipsPolicyLine(reg);
    if (fipsLine.isEmpty()) return policy;
    SchannelBuild fips = base.library().map(ServerLibrary::build)
        .flatMap(b -> b instanceof SchannelBuild w ? w.withFipsPolicy() : Optional.empty())
        .orElseThrow(() -> new IllegalArgumentException("line " + fipsLine.get() + ": the FIPS algorithm policy is on,"
            + " and what it leaves depends on the Windows release, but the base policy " + base.id() + " names "
            + base.library().map(l -> l.build().name()).orElse("no TLS library") + "; base the file on a Windows"
            + " defaults profile (windows-server-2025-schannel-default, ...)"));
    try {
      return fips.narrow(policy);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + fipsLine.get() + ": the FIPS algorithm policy is on: "
          + e.getMessage(), e);
    }
  }

  // The line of an enabled "Use FIPS compliant algorithms" policy: Lsa\FipsAlgorithmPolicy Enabled
  // (Vista and later) or the Lsa value FIPSAlgorithmPolicy (XP and Server 2003).
  private static Optional<Integer> fipsPolicyLine(RegFile reg) {
    for (RegFile.Value v : List.of(reg.value(LSA + "\\FipsAlgorithmPolicy", "Enabled"),
        reg.value(LSA, "FIPSAlgorithmPolicy")).stream().flatMap(Optional::stream).toList()) {
      if (dword(v, LSA) != 0) return Optional.of(v.line());
    }
    return Optional.empty();
  }

  /**
   * The enabled suites, in order, from {@code Get-TlsCipherSuite} output in PowerShell's list
   * format (blocks of {@code Field : value} lines; the {@code Name} field of each block). The
   * {@code _P256}-style suffixes of older Windows are dropped.
   *
   * @throws IllegalArgumentException naming the line of an unknown suite, or if there is none
   */
  public static PreferenceList<CipherSuite> readGetTlsCipherSuite(String output) {
    Preconditions.checkNotNull(output, "output");
    List<CipherSuite> suites = new ArrayList<>();
    String[] lines = Split.lines(output, false);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int colon = line.indexOf(':');
      if (colon < 0 || !line.substring(0, colon).strip().equals("Name")) continue;
      CipherSuite s = windowsSuite(line.substring(colon + 1).strip(), new ArrayList<>(), i + 1);
      if (!suites.contains(s)) suites.add(s);
    }
    Preconditions.checkArgument(!suites.isEmpty(), () -> "no 'Name : TLS_...' line in the Get-TlsCipherSuite"
        + " output; expected its list format (Format-List)");
    return PreferenceList.copyOf(CipherSuite.class, suites);
  }

  /**
   * {@code policy} as the {@code .reg} file IIS Crypto would write (UTF-16LE with a byte-order
   * mark is how regedit saves; this is the text, to encode as the caller needs).
   */
  public static Exported writeReg(ServerPolicy policy) {
    List<String> warnings = new ArrayList<>();
    Map<String, Map<String, String>> registry = registry(policy, warnings);
    StringBuilder b = new StringBuilder("Windows Registry Editor Version 5.00\r\n\r\n");
    b.append("; ").append(policy.id()).append(" (").append(policy.name()).append("), written by tls-compat\r\n\r\n");
    registry.forEach((key, values) -> append(b, key, values));
    return new Exported(b.toString(), warnings);
  }

  /**
   * Only the registry values that differ between {@code current} and {@code changed}, each under
   * its key, as a {@code .reg} file: what to import on a server that is {@code current} now to
   * make it {@code changed}, and nothing that resets what is already so. The warnings are those
   * {@link #writeReg} gives for {@code changed} and not for {@code current}: what the change needs
   * that SChannel's registry cannot hold. A file with no value in it changes nothing and says so
   * in a comment.
   *
   * @since 0.1.0
   */
  public static Exported writeRegChanges(ServerPolicy current, ServerPolicy changed) {
    Preconditions.checkNotNull(current, "current");
    Preconditions.checkNotNull(changed, "changed");
    List<String> currentWarnings = new ArrayList<>();
    Map<String, Map<String, String>> before = registry(current, currentWarnings);
    List<String> warnings = new ArrayList<>();
    Map<String, Map<String, String>> after = registry(changed, warnings);
    warnings.removeAll(currentWarnings);
    StringBuilder b = new StringBuilder("Windows Registry Editor Version 5.00\r\n\r\n");
    b.append("; ").append(changed.id()).append(" (").append(changed.name()).append("): only the values that"
        + " differ from ").append(current.id()).append(", written by tls-compat\r\n");
    int written = 0;
    for (Map.Entry<String, Map<String, String>> key : after.entrySet()) {
      Map<String, String> old = before.getOrDefault(key.getKey(), Map.of());
      Map<String, String> values = new LinkedHashMap<>();
      key.getValue().forEach((name, data) -> {
        if (!data.equals(old.get(name))) values.put(name, data);
      });
      if (values.isEmpty()) continue;
      if (written == 0) b.append("\r\n");
      append(b, key.getKey(), values);
      written += values.size();
    }
    if (written == 0) b.append("; nothing in SChannel's registry settings changes\r\n");
    return new Exported(b.toString(), warnings);
  }

  /**
   * What {@link #writeReg} writes, key by key in file order: each key's values by name, with the
   * data as the file spells it ({@code dword:00000000}, {@code "..."}, {@code hex(7):...}).
   */
  private static Map<String, Map<String, String>> registry(ServerPolicy policy, List<String> warnings) {
    Map<String, Map<String, String>> registry = new LinkedHashMap<>();
    for (Map.Entry<String, ProtocolVersion> e : PROTOCOLS.entrySet()) {
      boolean on = policy.versions().contains(e.getValue());
      Map<String, String> server = key(registry, SCHANNEL + "\\Protocols\\" + e.getKey() + "\\Server");
      server.put("Enabled", dword(on ? 0xFFFFFFFFL : 0));
      server.put("DisabledByDefault", dword(on ? 0 : 1));
    }
    key(registry, SCHANNEL + "\\Protocols\\" + UNIFIED_HELLO + "\\Server")
        .put("Enabled", dword(policy.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO) ? 0xFFFFFFFFL : 0));
    List<CipherSuite> suites = new ArrayList<>();
    for (CipherSuite s : policy.cipherSuites()) {
      if (WINDOWS_SUITES.contains(s)) {
        suites.add(s);
      } else {
        warnings.add("SChannel has no " + s + " in any Windows release; it is left out");
      }
    }
    for (Map.Entry<String, Set<BulkCipher>> e : CIPHERS.entrySet()) {
      boolean used = suites.stream().anyMatch(s -> e.getValue().contains(s.cipher()));
      key(registry, SCHANNEL + "\\Ciphers\\" + e.getKey()).put("Enabled", dword(used ? 0xFFFFFFFFL : 0));
    }
    for (String hash : HASHES.keySet()) {
      boolean on = !hash.equals("MD5") || suites.stream().anyMatch(s -> s.mac() == Mac.MD5);
      key(registry, SCHANNEL + "\\Hashes\\" + hash).put("Enabled", dword(on ? 0xFFFFFFFFL : 0));
    }
    for (String kx : KEY_EXCHANGES.keySet()) {
      Map<String, String> values = key(registry, SCHANNEL + "\\KeyExchangeAlgorithms\\" + kx);
      values.put("Enabled", dword(0xFFFFFFFFL));
      if (kx.equals("Diffie-Hellman")) values.put("ServerMinKeyBitLength", dword(policy.dhBits()));
    }
    Map<String, String> order = key(registry, POLICY);
    order.put("Functions", "\"" + String.join(",", suites.stream().map(CipherSuite::ianaName).toList()) + "\"");
    List<String> curves = new ArrayList<>();
    for (NamedGroup g : policy.groups()) {
      String name = CURVES.entrySet().stream().filter(e -> e.getValue() == g).map(Map.Entry::getKey)
          .findFirst().orElse(null);
      if (name == null) {
        warnings.add("SChannel's EccCurves cannot name the group " + g + "; it is left out");
      } else {
        curves.add(name);
      }
    }
    if (!curves.isEmpty()) order.put("EccCurves", multiString(curves));
    if (!policy.serverPreference()) {
      warnings.add("SChannel always chooses by the server's order; the client's order cannot win");
    }
    if (!policy.signatureSchemes().isEmpty()) {
      warnings.add("signature schemes are not among the settings IIS Crypto writes; not expressed");
    }
    if (policy.requiresSni()) warnings.add("a required server_name is an IIS binding setting, not SChannel's; not expressed");
    if (policy.requiresClientCertificate()) {
      warnings.add("a required client certificate is an IIS/http.sys setting, not SChannel's; not expressed");
    }
    if (!policy.certificates().equals(List.of(CertificateSpec.RSA_2048_SHA256))) {
      warnings.add("certificates (" + policy.certificates() + ") live in the Windows certificate store:"
          + " pass them to the reader's base policy again");
    }
    return registry;
  }

  private static Map<String, String> key(Map<String, Map<String, String>> registry, String path) {
    return registry.computeIfAbsent(path, p -> new LinkedHashMap<>());
  }

  private static void append(StringBuilder b, String key, Map<String, String> values) {
    b.append("\r\n[").append(key).append("]\r\n");
    values.forEach((name, data) -> b.append('"').append(name).append("\"=").append(data).append("\r\n"));
  }

  private static String dword(long value) {
    return "dword:" + String.format("%08x", value);
  }

  private static String multiString(List<String> strings) {
    byte[] bytes = (String.join("\0", strings) + "\0\0").getBytes(StandardCharsets.UTF_16LE);
    StringBuilder b = new StringBuilder("hex(7):");
    for (int i = 0; i < bytes.length; i++) {
      if (i > 0) b.append(',');
      b.append(String.format("%02x", bytes[i] & 0xFF));
    }
    return b.toString();
  }

  private static boolean disabled(RegFile reg, String key) {
    return reg.value(key, "Enabled").map(v -> dword(v, key) == 0).orElse(false);
  }

  private static long dword(RegFile.Value v, String key) {
    if (v.dword() == null) {
      throw ConfigErrors.at(v.line(), key, "expected a dword value, e.g. dword:00000000");
    }
    return v.dword();
  }

  private static CipherSuite windowsSuite(String name, List<NamedGroup> groups, int line) {
    String iana = name;
    NamedGroup curve = null;
    for (String[] suffix : new String[][] {{"_P256", "secp256r1"}, {"_P384", "secp384r1"}, {"_P521", "secp521r1"}}) {
      if (name.toUpperCase(Locale.ROOT).endsWith(suffix[0])) {
        iana = name.substring(0, name.length() - 5);
        curve = NamedGroup.fromName(suffix[1]);
      }
    }
    Optional<CipherSuite> s = CipherSuite.findByIanaName(iana);
    if (s.isEmpty()) {
      List<String> known = WINDOWS_SUITES.stream().map(CipherSuite::ianaName).toList();
      throw ConfigErrors.at(line, "Functions", "unknown cipher suite '" + name + "'; expected IANA names"
          + " such as TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" + ClosestNames.didYouMean(name, known));
    }
    if (curve != null && !groups.contains(curve)) groups.add(curve);
    return s.get();
  }

  private static <T> T lookup(Map<String, T> known, String name, int line, String what) {
    for (Map.Entry<String, T> e : known.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
    }
    throw ConfigErrors.unknown(line, "SCHANNEL", what, name, known.keySet());
  }

  private static boolean upperContains(List<String> names, String name) {
    return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
  }
}
