package io.github.tlscompat.profiles;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.core.library.LibraryBuild;
import io.github.tlscompat.core.library.LibraryFamily;
import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.OpenSslVersion;
import io.github.tlscompat.core.library.SecurityLevel;
import io.github.tlscompat.core.library.ServerLibrary;
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
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the fields of a profile, its own and those inherited through {@code extends}, into a
 * {@link ClientProfile} or {@link ServerPolicy} and its {@link ProfileInfo}. Every problem is
 * reported against the file the offending value came from, so an inherited mistake names the
 * parent's file.
 */
final class ProfileBuilder {

  /** A field value and the file it was read from. */
  record Located(JsonNode value, String location) {}

  /** The result: a client or a server with its info. */
  sealed interface Built {
    /** What the catalog knows about the profile besides its TLS facts. */
    ProfileInfo info();

    /** A client, with the captured hello its file carries, if any; built now or on first use. */
    record Client(Lazy<ClientProfile> profile, ProfileInfo info, Optional<byte[]> clientHello) implements Built {}

    /** A server, built now or on first use. */
    record Server(Lazy<ServerPolicy> profile, ProfileInfo info) implements Built {}
  }

  private static final List<String> LIMITS = List.of("minDhBits", "maxDhBits", "minRsaBits", "maxRsaBits",
      "minEcdsaBits", "certificateSignatureHashes", "wildcardCertificates");

  /**
   * A registry the names of one list come from: how to look a name up, and the names to suggest
   * (the IANA ones, which are what profile files use) when a look-up fails.
   */
  private record Vocabulary<E>(String what, Function<String, Optional<E>> find, List<String> known, boolean listKnown,
      Pattern spelling, Function<String, Optional<E>> anySpelling, Function<E, String> formatName,
      Lazy<ClosestNames.Index> index) {

    Vocabulary(String what, Function<String, Optional<E>> find, List<String> known, boolean listKnown,
        Pattern spelling, Function<String, Optional<E>> anySpelling, Function<E, String> formatName) {
      // The names upper-cased and split once, when a first name is not found: a file of unknown
      // names would otherwise redo it for each of the ~1,000 suites per name.
      this(what, find, known, listKnown, spelling, anySpelling, formatName, Lazy.later(() -> ClosestNames.index(known)));
    }

    /** The value {@code name} spells in the profile format, or empty. */
    Optional<E> inFormat(String name) {
      return spelling.matcher(name).matches() ? find.apply(name) : Optional.empty();
    }
  }

  private static final Vocabulary<CipherSuite> SUITES = new Vocabulary<>("cipher suite", CipherSuite::find,
      Arrays.stream(CipherSuite.values()).map(CipherSuite::ianaName).toList(), false,
      Spelling.CIPHER_SUITE, CipherSuite::find, CipherSuite::ianaName);
  private static final Vocabulary<NamedGroup> GROUPS = new Vocabulary<>("named group",
      name -> Spelling.HEX_CODE.matcher(name).matches() ? NamedGroup.fromCode(code(name)) : NamedGroup.find(name),
      Arrays.stream(NamedGroup.values()).map(NamedGroup::ianaName).toList(), false,
      Spelling.CODE_NAME, NamedGroup::find, NamedGroup::ianaName);
  private static final Vocabulary<SignatureScheme> SCHEMES = new Vocabulary<>("signature scheme",
      name -> Spelling.HEX_CODE.matcher(name).matches() ? SignatureScheme.fromCode(code(name)) : SignatureScheme.find(name),
      Arrays.stream(SignatureScheme.values()).map(SignatureScheme::ianaName).toList(), false,
      Spelling.CODE_NAME, SignatureScheme::find, SignatureScheme::ianaName);
  // The format names versions as JSSE's SSLContext does, "TLSv1.0" for TLS 1.0 excepted; the
  // other spellings ProtocolVersion reads ("TLS 1.2", "TLS1.2") become a "did you mean".
  private static final Vocabulary<ProtocolVersion> VERSIONS = new Vocabulary<>("protocol version",
      name -> Arrays.stream(ProtocolVersion.values()).filter(v -> v.displayName().equals(name)).findFirst(),
      Arrays.stream(ProtocolVersion.values()).map(ProtocolVersion::displayName).toList(), true,
      Pattern.compile(".*", Pattern.DOTALL), ProfileBuilder::findVersion, ProtocolVersion::displayName);

  private static int code(String hex) {
    return Integer.parseInt(hex.substring(2), 16);
  }

  /**
   * How many distinct unknown names in one profile get a "did you mean": each costs a pass over
   * the registry's names, and a file of thousands of bad names needs the first few fixed, not
   * thousands of suggestions.
   */
  static final int MAX_SUGGESTED_NAMES = 10;

  /** The suggestion for each unknown name met so far, computed once per distinct name. */
  private final Map<String, String> suggestions = new HashMap<>();

  private final ProfileFile file;
  private final Map<String, Located> fields;
  private final List<CatalogProblem> problems;
  private final int problemsBefore;

  private ProfileBuilder(ProfileFile file, Map<String, Located> fields, List<CatalogProblem> problems) {
    this.file = file;
    this.fields = fields;
    this.problems = problems;
    this.problemsBefore = problems.size();
  }

  /**
   * The profile fields of {@code file} over those of its parent: what {@code extends} means.
   * Metadata is not inherited.
   */
  static Map<String, Located> merge(ProfileFile file, Map<String, Located> parentFields) {
    Map<String, Located> merged = new LinkedHashMap<>(parentFields);
    for (Map.Entry<String, JsonNode> e : file.node().properties()) {
      if (!ProfileFile.METADATA.contains(e.getKey())) merged.put(e.getKey(), new Located(e.getValue(), file.location()));
    }
    return merged;
  }

  /**
   * Builds the profile, or adds problems and returns empty.
   *
   * @param parentAssumed the parent's resolved {@code assumed} fields (empty without a parent)
   */
  static Optional<Built> build(ProfileFile file, Map<String, Located> fields, Set<String> parentAssumed,
      List<CatalogProblem> problems) {
    return new ProfileBuilder(file, fields, problems).build(parentAssumed);
  }

  private Optional<Built> build(Set<String> parentAssumed) {
    ProfileInfo info = info(parentAssumed);
    ClientProfile client = null;
    ServerPolicy server = null;
    Optional<byte[]> hello = Optional.empty();
    if (file.kind() == ProfileKind.CLIENT) {
      ClientProfile.Builder b = ClientProfile.builder(file.id(), info.name());
      b.versions(versions());
      b.helloFormat(helloFormat());
      b.cipherSuites(names("cipherSuites", SUITES, true));
      List<NamedGroup> groups = names("groups", GROUPS, false);
      b.groups(groups);
      b.keyShares(keyShares(groups));
      b.signatureAlgorithms(names("signatureAlgorithms", SCHEMES, false));
      b.signatureAlgorithmsCert(names("signatureAlgorithmsCert", SCHEMES, false));
      b.extensions(extensions());
      b.sendsSni(bool("sni", true));
      clientCertificate().ifPresent(b::clientCertificate);
      b.trustedIssuers(trustedIssuers());
      b.limits(limits());
      hello = clientHello();
      checkSsl2();
      if (problems.size() == problemsBefore) client = construct(b::build);
    } else {
      ServerPolicy.Builder b = ServerPolicy.builder(file.id(), info.name());
      b.versions(versions());
      b.cipherSuites(names("cipherSuites", SUITES, true));
      b.serverPreference(bool("serverPreference", true));
      b.groups(names("groups", GROUPS, false));
      b.signatureSchemes(names("signatureSchemes", SCHEMES, false));
      List<CertificateSpec> certificates = certificates();
      if (!certificates.isEmpty()) b.certificates(certificates.get(0),
          certificates.subList(1, certificates.size()).toArray(CertificateSpec[]::new));
      b.dhBits(positiveInt("dhBits", 2048));
      boolean requiresSni = bool("requiresSni", false);
      b.requiresSni(requiresSni);
      Optional<CertificateSpec> fallback = certificate("fallbackCertificate");
      fallback.ifPresent(b::fallbackCertificate);
      if (fallback.isPresent() && !requiresSni) {
        problem("fallbackCertificate", "a fallback certificate only serves clients without SNI",
            "set \"requiresSni\": true, or remove fallbackCertificate");
      }
      boolean requiresClientCertificate = bool("requiresClientCertificate", false);
      b.requiresClientCertificate(requiresClientCertificate);
      List<CertificateIssuer> trustedIssuers = trustedIssuers();
      b.trustedIssuers(trustedIssuers);
      if (!trustedIssuers.isEmpty() && !requiresClientCertificate) {
        problem("trustedIssuers", "trusted issuers of client certificates only count where one is required",
            "set \"requiresClientCertificate\": true, or remove trustedIssuers");
      }
      for (ServerHabit habit : ServerHabit.values()) b.habit(habit, bool(habit.jsonName(), habit.isDefault()));
      b.library(library());
      if (problems.size() == problemsBefore) server = construct(b::build);
    }
    if (problems.size() > problemsBefore) return Optional.empty();
    if (client != null) return Optional.of(new Built.Client(Lazy.of(client), info, hello));
    if (server != null) return Optional.of(new Built.Server(Lazy.of(server), info));
    return Optional.empty();
  }

  private <T> T construct(java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      problems.add(new CatalogProblem(file.location(), "", e.getMessage(), ""));
      return null;
    }
  }

  // ---- metadata (never inherited, so always from this file)

  private ProfileInfo info(Set<String> parentAssumed) {
    JsonNode node = file.node();
    String name = node.has("name") && node.get("name").isTextual() && Spelling.notBlank(node.get("name").asText())
        ? node.get("name").asText() : null;
    if (name == null) {
      own("name", "missing or empty field 'name'", "every profile needs a human name");
      name = file.id();
    }
    List<String> aliases = ownStrings("aliases");
    for (int i = 0; i < aliases.size(); i++) {
      if (!ProfileFile.ID.matcher(aliases.get(i)).matches()) {
        own("aliases/" + i, "invalid alias '" + aliases.get(i) + "'",
            "expected letters, digits, '.', '_' or '-', starting with a letter or digit");
      }
    }
    List<String> tags = ownStrings("tags");
    for (int i = 0; i < tags.size(); i++) {
      if (!Spelling.TAG.matcher(tags.get(i)).matches()) {
        own("tags/" + i, "invalid tag '" + tags.get(i) + "'", "expected lower-case letters, digits, '.', '+', '_' or '-'");
      }
    }
    noRepeats("tags");
    List<String> source = ownTexts("source");
    if (source.isEmpty() && !node.has("source")) {
      own("", "missing field 'source'", "say where the facts come from: a URL, github:owner/repo@commit:path, or a measurement");
    } else if (source.isEmpty()) {
      own("source", "'source' is empty", "say where the facts come from");
    }
    Set<String> assumed = new LinkedHashSet<>(ownStrings("assumed"));
    List<String> own = ownStrings("assumed");
    noRepeats("assumed");
    for (int i = 0; i < own.size(); i++) {
      String field = own.get(i);
      if (!ProfileFile.fieldsOf(file.kind()).contains(field)) {
        own("assumed/" + i, "'" + field + "' is not a " + file.kind().jsonName() + " profile field",
            "expected one of " + String.join(", ", ProfileFile.fieldsOf(file.kind())));
      } else if (!fields.containsKey(field)) {
        own("assumed/" + i, "'" + field + "' is listed as assumed but the profile does not set it",
            "set the field, or remove it from 'assumed'");
      }
    }
    for (String inherited : parentAssumed) {
      if (!file.node().has(inherited)) assumed.add(inherited);
    }
    boolean partial = false;
    JsonNode p = node.get("partial");
    if (p != null && !p.isBoolean()) own("partial", "expected true or false, found " + ProfileFile.describe(p), "");
    else if (p != null) partial = p.asBoolean();
    Optional<String> parent = Optional.ofNullable(node.get("extends")).map(JsonNode::asText);
    Map<String, String> fingerprints = new LinkedHashMap<>();
    Located fp = fields.get("fingerprints");
    if (fp != null) {
      if (!fp.value().isObject()) {
        problem("fingerprints", "expected an object such as {\"ja3\": \"...\"}, found " + ProfileFile.describe(fp.value()), "");
      } else {
        for (Map.Entry<String, JsonNode> e : fp.value().properties()) {
          if (!e.getValue().isTextual()) {
            problem("fingerprints/" + e.getKey(), "expected a string, found " + ProfileFile.describe(e.getValue()), "");
          } else {
            fingerprints.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText());
          }
        }
      }
    }
    return new ProfileInfo(file.id(), file.kind(), name, aliases, new LinkedHashSet<>(tags), source,
        ownTexts("notes"), ownTexts("unconfirmed"), assumed, partial, parent, fingerprints, file.location());
  }

  private List<String> ownStrings(String field) {
    JsonNode value = file.node().get(field);
    if (value == null) return List.of();
    return strings(value, ProfileFile.pointer(field), file.location());
  }

  /** {@link #ownStrings} for words to a reader: each entry must say something. */
  private List<String> ownTexts(String field) {
    List<String> texts = ownStrings(field);
    JsonNode value = file.node().get(field);
    for (int i = 0, t = 0; value != null && value.isArray() && i < value.size(); i++) {
      if (!value.get(i).isTextual()) continue;
      if (!Spelling.notBlank(texts.get(t++))) own(field + "/" + i, "blank entry", "write the text, or remove the entry");
    }
    return texts;
  }

  /** A list of names where a repeat is a slip: each repeat is a problem at its index in the file. */
  private void noRepeats(String field) {
    JsonNode value = file.node().get(field);
    if (value == null || !value.isArray()) return;
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isTextual()) continue;
      String name = value.get(i).asText();
      Integer first = seen.putIfAbsent(name, i);
      if (first != null) own(field + "/" + i, "'" + name + "' is listed twice", "already listed at /" + field + "/" + first);
    }
  }

  // ---- profile fields (possibly inherited)

  private ParameterSet<ProtocolVersion> versions() {
    List<ProtocolVersion> versions = names("versions", VERSIONS, true);
    return ParameterSet.copyOf(ProtocolVersion.class, versions);
  }

  private HelloFormat helloFormat() {
    Located l = fields.get("helloFormat");
    if (l == null) return HelloFormat.TLS_RECORD;
    String text = l.value().isTextual() ? l.value().asText() : "";
    switch (text) {
      case "tls-record": return HelloFormat.TLS_RECORD;
      case "sslv2-compatible": return HelloFormat.SSL2_COMPATIBLE;
      default:
        problem(l, "/helloFormat", "unknown hello format " + ProfileFile.describe(l.value()),
            "expected \"tls-record\" or \"sslv2-compatible\"");
        return HelloFormat.TLS_RECORD;
    }
  }

  private List<NamedGroup> keyShares(List<NamedGroup> groups) {
    List<NamedGroup> shares = names("keyShares", GROUPS, false);
    Located l = fields.get("keyShares");
    for (int i = 0; i < shares.size(); i++) {
      if (!groups.contains(shares.get(i))) {
        // RFC 8446 4.2.8: each KeyShareEntry must name a group offered in supported_groups.
        problem(l, "/keyShares/" + i, "key share " + shares.get(i).ianaName() + " is not in groups",
            "RFC 8446 4.2.8 requires every key share to be a supported group");
      }
    }
    return shares;
  }

  private void checkSsl2() {
    Located suites = fields.get("cipherSuites");
    Located format = fields.get("helloFormat");
    boolean ssl2Hello = format != null && "sslv2-compatible".equals(format.value().asText());
    if (suites == null || ssl2Hello || !suites.value().isArray()) return;
    for (int i = 0; i < suites.value().size(); i++) {
      JsonNode n = suites.value().get(i);
      if (!n.isTextual()) continue;
      // An unknown name is already reported, with its "did you mean"; fromName would compute
      // another one, over every suite's three names, only for it to be dropped here.
      Optional<CipherSuite> suite = CipherSuite.find(n.asText());
      if (suite.isEmpty()) return;
      if (suite.get().isSsl2()) {
        problem(suites, "/cipherSuites/" + i, "SSL 2.0 cipher kind " + n.asText() + " in a TLS-record hello",
            "SSL 2.0 kinds are only sent in an SSL 2.0 CLIENT-HELLO: set \"helloFormat\": \"sslv2-compatible\"");
        return;
      }
    }
  }

  private List<Integer> extensions() {
    Located l = fields.get("extensions");
    List<Integer> out = new ArrayList<>();
    if (l == null) return out;
    if (!l.value().isArray()) {
      problem(l, "/extensions", "expected an array of extension type codes, found " + ProfileFile.describe(l.value()), "");
      return out;
    }
    for (int i = 0; i < l.value().size(); i++) {
      JsonNode n = l.value().get(i);
      OptionalInt code = Spelling.wholeNumber(n);
      if (code.isEmpty() || code.getAsInt() < 0 || code.getAsInt() > 0xFFFF) {
        problem(l, "/extensions/" + i, "expected an extension type code 0..65535, found " + ProfileFile.describe(n), "");
      } else {
        out.add(code.getAsInt());
      }
    }
    return out;
  }

  /**
   * The {@code clientCertificate}: a key type alone ({@code "rsa"}, the
   * {@linkplain CertificateSpec#typical typical} certificate of that type) or a certificate in short
   * form ({@code "rsa:2048:sha256@CN=Contoso Issuing CA"}).
   */
  private Optional<CertificateSpec> clientCertificate() {
    Located l = fields.get("clientCertificate");
    if (l == null) return Optional.empty();
    if (l.value().isTextual() && l.value().asText().contains(":")) return certificate("clientCertificate");
    return keyType("clientCertificate").map(CertificateSpec::typical);
  }

  /** The {@code trustedIssuers}: distinguished names or CA names, each at most once. */
  private List<CertificateIssuer> trustedIssuers() {
    Located l = fields.get("trustedIssuers");
    List<CertificateIssuer> out = new ArrayList<>();
    if (l == null) return out;
    if (!l.value().isArray()) {
      problem(l, "/trustedIssuers", "expected an array of issuers such as [\"CN=Contoso Issuing CA,DC=contoso,DC=com\"],"
          + " found " + ProfileFile.describe(l.value()), "");
      return out;
    }
    // Pointers name the array index, so a non-string element does not shift the ones after it.
    for (int i = 0; i < l.value().size(); i++) {
      JsonNode n = l.value().get(i);
      if (!n.isTextual()) {
        problem(l, "/trustedIssuers/" + i, "expected a string, found " + ProfileFile.describe(n), "");
        continue;
      }
      CertificateIssuer issuer;
      try {
        issuer = new CertificateIssuer(n.asText());
      } catch (IllegalArgumentException e) {
        problem(l, "/trustedIssuers/" + i, e.getMessage(), "");
        continue;
      }
      if (issuer.isAmong(out)) {
        problem(l, "/trustedIssuers/" + i, "issuer '" + issuer + "' is listed twice", "list each issuer once");
      } else {
        out.add(issuer);
      }
    }
    if (l.value().isEmpty()) {
      problem(l, "/trustedIssuers", "empty list", "leave the field out where the trusted issuers are not known");
    }
    return out;
  }

  private Optional<KeyType> keyType(String field) {
    Located l = fields.get(field);
    if (l == null) return Optional.empty();
    String text = l.value().isTextual() ? l.value().asText() : "";
    KeyType type = switch (text) {
      case "rsa" -> KeyType.RSA;
      case "ecdsa", "ec" -> KeyType.EC;
      case "dsa" -> KeyType.DSA;
      case "ed25519" -> KeyType.ED25519;
      case "ed448" -> KeyType.ED448;
      default -> null;
    };
    if (type == null) {
      problem(l, ProfileFile.pointer(field), "unknown key type " + ProfileFile.describe(l.value()),
          "expected rsa, ecdsa, dsa, ed25519 or ed448, or a certificate such as \"rsa:2048:sha256@CN=Contoso Issuing CA\"");
    }
    return Optional.ofNullable(type);
  }

  private ClientLimits limits() {
    Located l = fields.get("limits");
    if (l == null) return ClientLimits.NONE;
    JsonNode node = l.value();
    if (!node.isObject()) {
      problem(l, "/limits", "expected an object, found " + ProfileFile.describe(node), "");
      return ClientLimits.NONE;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!LIMITS.contains(name)) {
        problem(l, "/limits/" + name, "unknown limit '" + name + "'",
            ProfileFile.didYouMean(name, LIMITS));
      }
    }
    int[] bits = new int[5];
    for (int i = 0; i < 5; i++) {
      JsonNode n = node.get(LIMITS.get(i));
      if (n == null) continue;
      OptionalInt value = Spelling.wholeNumber(n);
      if (value.isEmpty() || value.getAsInt() < 0) {
        problem(l, "/limits/" + LIMITS.get(i), "expected a number of bits (0 = no limit), found " + ProfileFile.describe(n), "");
      } else {
        bits[i] = value.getAsInt();
      }
    }
    List<HashAlgorithm> hashes = new ArrayList<>();
    JsonNode h = node.get("certificateSignatureHashes");
    if (h != null) {
      List<String> names = strings(h, "/limits/certificateSignatureHashes", l.location());
      Map<HashAlgorithm, Integer> seen = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        HashAlgorithm hash = hash(names.get(i));
        Integer first = hash == null ? null : seen.putIfAbsent(hash, i);
        if (hash == null) {
          problem(l, "/limits/certificateSignatureHashes/" + i, "unknown hash '" + names.get(i) + "'",
              "expected md5, sha1, sha224, sha256, sha384 or sha512");
        } else if (first != null) {
          problem(l, "/limits/certificateSignatureHashes/" + i, "duplicate hash '" + names.get(i) + "'",
              "already listed at /limits/certificateSignatureHashes/" + first);
        } else {
          hashes.add(hash);
        }
      }
      if (names.isEmpty() && h.isArray()) {
        problem(l, "/limits/certificateSignatureHashes", "empty list", "leave the field out to accept any hash");
      }
    }
    boolean wildcard = true;
    JsonNode w = node.get("wildcardCertificates");
    if (w != null && !w.isBoolean()) {
      problem(l, "/limits/wildcardCertificates", "expected true or false, found " + ProfileFile.describe(w), "");
    } else if (w != null) {
      wildcard = w.asBoolean();
    }
    try {
      ClientLimits.Builder limits = ClientLimits.builder()
          .certificateSignatureHashes(ParameterSet.copyOf(HashAlgorithm.class, hashes))
          .acceptsWildcardCertificates(wildcard);
      // In a profile file 0 means no limit, as leaving the field out does.
      if (bits[0] > 0) limits.minDhBits(bits[0]);
      if (bits[1] > 0) limits.maxDhBits(bits[1]);
      if (bits[2] > 0) limits.minRsaBits(bits[2]);
      if (bits[3] > 0) limits.maxRsaBits(bits[3]);
      if (bits[4] > 0) limits.minEcdsaBits(bits[4]);
      return limits.build();
    } catch (IllegalArgumentException e) {
      problem(l, "/limits", e.getMessage(), "");
      return ClientLimits.NONE;
    }
  }

  private static HashAlgorithm hash(String name) {
    return switch (name) {
      case "md5" -> HashAlgorithm.MD5;
      case "sha1" -> HashAlgorithm.SHA1;
      case "sha224" -> HashAlgorithm.SHA224;
      case "sha256" -> HashAlgorithm.SHA256;
      case "sha384" -> HashAlgorithm.SHA384;
      case "sha512" -> HashAlgorithm.SHA512;
      default -> null;
    };
  }

  private Optional<byte[]> clientHello() {
    Located l = fields.get("clientHello");
    if (l == null) return Optional.empty();
    String text = l.value().isTextual() ? l.value().asText() : "";
    if (!Spelling.HEX_BYTES.matcher(text).matches()) {
      problem(l, "/clientHello", "expected the captured ClientHello as hex digits, found "
          + (l.value().isTextual() ? "text that is not an even number of hex digits" : ProfileFile.describe(l.value())), "");
      return Optional.empty();
    }
    return Optional.of(HexFormat.of().parseHex(text.replaceAll("\\s", "")));
  }

  private List<CertificateSpec> certificates() {
    Located l = fields.get("certificates");
    List<CertificateSpec> out = new ArrayList<>();
    if (l == null) {
      own("", "missing field 'certificates'",
          "a server profile states its certificate(s), e.g. [\"rsa:2048:sha256\"]; list it in 'assumed' if the source is silent");
      return out;
    }
    List<String> specs = strings(l.value(), "/certificates", l.location());
    for (int i = 0; i < specs.size(); i++) {
      certificate(l, "/certificates/" + i, specs.get(i)).ifPresent(out::add);
    }
    if (specs.isEmpty() && l.value().isArray()) problem(l, "/certificates", "no certificate", "a server holds at least one");
    return out;
  }

  private Optional<CertificateSpec> certificate(String field) {
    Located l = fields.get(field);
    if (l == null) return Optional.empty();
    if (!l.value().isTextual()) {
      problem(l, ProfileFile.pointer(field), "expected a certificate such as \"rsa:2048:sha256\", found "
          + ProfileFile.describe(l.value()), "");
      return Optional.empty();
    }
    return certificate(l, ProfileFile.pointer(field), l.value().asText());
  }

  /** The certificate {@code text} spells, written as the format writes it (lower case, no spaces). */
  private Optional<CertificateSpec> certificate(Located l, String pointer, String text) {
    CertificateSpec spec;
    try {
      spec = CertificateSpec.parse(text);
    } catch (IllegalArgumentException e) {
      problem(l, pointer, e.getMessage(), "");
      return Optional.empty();
    }
    if (!Spelling.CERTIFICATE.matcher(text).matches()) {
      problem(l, pointer, "certificate '" + text + "' is not in the profile format's spelling", "write " + spec);
      return Optional.empty();
    }
    return Optional.of(spec);
  }

  /**
   * The {@code library} object: {@code name} (a {@link LibraryFamily#jsonName()}), {@code version}
   * (the release, e.g. {@code "3.0"}), optional {@code build} (a {@link ServerLibrary#knownBuilds()}
   * id of that family and release; without it, the upstream build {@code <name>-<version>}) and,
   * for OpenSSL only, optional {@code securityLevel} 0 to 5.
   */
  private Optional<ServerLibrary> library() {
    Located l = fields.get("library");
    if (l == null) return Optional.empty();
    String at = ProfileFile.pointer("library");
    JsonNode v = l.value();
    if (!v.isObject()) {
      problem(l, at, "expected an object such as {\"name\": \"openssl\", \"version\": \"3.0\", \"build\":"
          + " \"debian-12\"}, found " + ProfileFile.describe(v), "");
      return Optional.empty();
    }
    int before = problems.size();
    for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!List.of("name", "version", "build", "securityLevel").contains(key)) {
        problem(l, at + "/" + key, "unknown library field '" + key + "'", "expected name, version, build or securityLevel");
      }
    }
    JsonNode name = v.get("name");
    LibraryFamily family = null;
    if (name == null || !name.isTextual()) {
      problem(l, at + "/name", "expected a library name, found " + (name == null ? "nothing" : ProfileFile.describe(name)),
          "expected one of " + String.join(", ", Arrays.stream(LibraryFamily.values()).map(LibraryFamily::jsonName).toList()));
    } else {
      try {
        family = LibraryFamily.fromName(name.asText());
        if (!family.jsonName().equals(name.asText())) {
          problem(l, at + "/name", "unknown library name '" + name.asText() + "'", "did you mean " + family.jsonName() + "?");
          family = null;
        }
      } catch (IllegalArgumentException e) {
        problem(l, at + "/name", e.getMessage(), "");
      }
    }
    JsonNode version = v.get("version");
    String release = null;
    if (version == null || !version.isTextual() || version.asText().isBlank()) {
      problem(l, at + "/version", "expected the release as text, e.g. \"3.0\", found "
          + (version == null ? "nothing" : ProfileFile.describe(version)), "");
    } else {
      release = version.asText().strip();
    }
    LibraryBuild build = null;
    JsonNode b = v.get("build");
    if (b != null && !b.isTextual()) {
      problem(l, at + "/build", "expected a build id such as \"debian-12\", found " + ProfileFile.describe(b), "");
    } else if (family != null && release != null) {
      String id = b != null ? b.asText() : family.jsonName() + "-" + release;
      Optional<LibraryBuild> found = ServerLibrary.findBuild(id);
      if (found.isEmpty()) {
        List<String> ofFamily = ofFamily(family);
        problem(l, at + (b != null ? "/build" : "/version"), b != null
            ? "unknown build '" + id + "'"
            : "no upstream build " + id + " is modelled",
            ofFamily.isEmpty() ? family + " has no build modelled yet"
                : "known " + family + " builds: " + String.join(", ", ofFamily) + ClosestNames.didYouMean(id, ofFamily));
      } else if (found.get().family() != family) {
        problem(l, at + "/build", "build '" + id + "' is " + found.get().family() + ", not " + family,
            "set \"name\": \"" + found.get().family().jsonName() + "\"");
      } else if (!sameRelease(found.get(), release)) {
        problem(l, at + "/build", "build '" + id + "' is " + family + " " + found.get().release() + ", not " + release,
            "set \"version\": \"" + found.get().release() + "\"");
      } else {
        build = found.get();
      }
    }
    Optional<SecurityLevel> level = Optional.empty();
    JsonNode sl = v.get("securityLevel");
    if (sl != null) {
      if (family != null && family != LibraryFamily.OPENSSL && family != LibraryFamily.LIBRESSL) {
        problem(l, at + "/securityLevel", family + " has no security levels", "remove securityLevel");
      } else if (Spelling.wholeNumber(sl).orElse(-1) < 0 || Spelling.wholeNumber(sl).getAsInt() > 5) {
        problem(l, at + "/securityLevel", "expected a whole number 0 to 5, found " + ProfileFile.describe(sl), "");
      } else {
        level = Optional.of(SecurityLevel.of(sl.asInt()));
      }
    }
    if (level.isPresent() && build instanceof OpenSslBuild o && !o.version().hasSecurityLevels()) {
      problem(l, at + "/securityLevel", build.name() + " has no security levels" + ServerLibrary.levelsCameIn(build),
          "remove securityLevel");
    }
    if (problems.size() > before || build == null) return Optional.empty();
    return Optional.of(new ServerLibrary(build, level));
  }

  private static List<String> ofFamily(LibraryFamily family) {
    return ServerLibrary.knownIds(family);
  }

  // A patch release names its line: "3.0.19" is a 3.0 build.
  private static boolean sameRelease(LibraryBuild build, String release) {
    // LibreSSL and BoringSSL builds are OpenSslBuilds too, but their releases are their own.
    if (build instanceof OpenSslBuild o && o.family() == LibraryFamily.OPENSSL) {
      try {
        return OpenSslVersion.fromName(release) == o.version();
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return release.equals(build.release()) || release.startsWith(build.release() + ".");
  }

  private boolean bool(String field, boolean otherwise) {
    Located l = fields.get(field);
    if (l == null) return otherwise;
    if (!l.value().isBoolean()) {
      problem(l, ProfileFile.pointer(field), "expected true or false, found " + ProfileFile.describe(l.value()), "");
      return otherwise;
    }
    return l.value().asBoolean();
  }

  private int positiveInt(String field, int otherwise) {
    Located l = fields.get(field);
    if (l == null) return otherwise;
    OptionalInt value = Spelling.wholeNumber(l.value());
    if (value.isEmpty() || value.getAsInt() <= 0) {
      problem(l, ProfileFile.pointer(field), "expected a positive whole number, found " + ProfileFile.describe(l.value()), "");
      return otherwise;
    }
    return value.getAsInt();
  }

  /**
   * A list of registry names, each resolved by {@code lookup}; duplicates and unknown names are
   * problems at their index. The registry's own "did you mean" becomes the hint.
   */
  private <E> List<E> names(String field, Vocabulary<E> vocabulary, boolean required) {
    // Clients put on the wire what they put there, repeats included (Safari 12+ sends
    // rsa_pss_rsae_sha384 twice), so a client's list keeps the first of each; a server's list is
    // configuration, where a repeat is a mistake worth reporting.
    boolean repeatsAllowed = file.kind() == ProfileKind.CLIENT && vocabulary != VERSIONS;
    String what = vocabulary.what();
    Located l = fields.get(field);
    List<E> out = new ArrayList<>();
    if (l == null) {
      if (required) {
        own("", "missing field '" + field + "'", "a " + file.kind().jsonName()
            + " profile needs it, or an 'extends' whose profile has it");
      }
      return out;
    }
    String pointer = ProfileFile.pointer(field);
    List<String> names = strings(l.value(), pointer, l.location());
    Map<E, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Optional<E> found = vocabulary.inFormat(names.get(i));
      if (found.isEmpty()) {
        Optional<E> otherSpelling = vocabulary.anySpelling().apply(names.get(i));
        String hint = otherSpelling.isPresent()
            ? "did you mean " + vocabulary.formatName().apply(otherSpelling.get()) + "?"
            : suggestion(names.get(i), vocabulary);
        if (vocabulary.listKnown()) {
          hint = "expected one of " + String.join(", ", vocabulary.known()) + (hint.isEmpty() ? "" : "; " + hint);
        }
        problems.add(new CatalogProblem(l.location(), pointer + "/" + i, "unknown " + what + " '" + names.get(i) + "'", hint));
        continue;
      }
      E value = found.get();
      Integer first = seen.putIfAbsent(value, i);
      if (first != null && !repeatsAllowed) {
        problems.add(new CatalogProblem(l.location(), pointer + "/" + i,
            "duplicate " + what + " '" + names.get(i) + "'", "already listed at " + pointer + "/" + first));
      } else if (first == null) {
        out.add(value);
      }
    }
    if (required && names.isEmpty() && l.value().isArray()) {
      problems.add(new CatalogProblem(l.location(), pointer, "empty list", "a profile needs at least one " + what));
    }
    return out;
  }

  /** "did you mean" for an unknown name: once per distinct name, and none past the first few. */
  private String suggestion(String name, Vocabulary<?> vocabulary) {
    String key = vocabulary.what() + "\u0000" + name;
    String known = suggestions.get(key);
    if (known != null) return known;
    if (suggestions.size() >= MAX_SUGGESTED_NAMES) return "";
    String hint = ProfileFile.didYouMean(name, vocabulary.index().get());
    suggestions.put(key, hint);
    return hint;
  }

  private static Optional<ProtocolVersion> findVersion(String name) {
    try {
      return Optional.of(ProtocolVersion.fromName(name));
    } catch (IllegalArgumentException unknown) {
      // Six names: the closest-name search inside the message costs nothing worth avoiding.
      return Optional.empty();
    }
  }

  /** The strings of a JSON array; a non-array or a non-string element is a problem. */
  private List<String> strings(JsonNode value, String pointer, String location) {
    List<String> out = new ArrayList<>();
    if (!value.isArray()) {
      problems.add(new CatalogProblem(location, pointer, "expected an array of strings, found " + ProfileFile.describe(value), ""));
      return out;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode n = value.get(i);
      if (!n.isTextual()) {
        problems.add(new CatalogProblem(location, pointer + "/" + i, "expected a string, found " + ProfileFile.describe(n), ""));
      } else {
        out.add(n.asText());
      }
    }
    return out;
  }

  private void problem(String field, String message, String hint) {
    Located l = fields.get(field);
    problems.add(new CatalogProblem(l == null ? file.location() : l.location(), ProfileFile.pointer(field), message, hint));
  }

  private void problem(Located l, String pointer, String message, String hint) {
    problems.add(new CatalogProblem(l.location(), pointer, message, hint));
  }

  /** A problem in this file itself; {@code field} is a pointer without its leading '/', or empty. */
  private void own(String field, String message, String hint) {
    problems.add(new CatalogProblem(file.location(), field.isEmpty() ? "" : "/" + field, message, hint));
  }
}
