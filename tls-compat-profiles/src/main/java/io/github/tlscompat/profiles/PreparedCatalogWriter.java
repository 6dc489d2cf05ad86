package io.github.tlscompat.profiles;

import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientLimits;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.library.SecurityLevel;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.ProfileBuilder.Built;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Writes the {@link PreparedCatalog} form of the built-in catalog, read from its JSON files. Maven
 * runs {@link #main} in the {@code process-classes} phase (see this module's pom), so every build
 * writes it afresh from the JSON files it ships.
 */
final class PreparedCatalogWriter {

  private final Map<String, Integer> strings = new LinkedHashMap<>();
  private final Map<Class<?>, Map<Enum<?>, Integer>> constants = new LinkedHashMap<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private DataOutputStream out = new DataOutputStream(bytes);

  private PreparedCatalogWriter() {}

  /**
   * Reads the built-in JSON files and writes their prepared form to the file {@code args[0]}; exits
   * with 1, listing the problems, if a built-in file does not load.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PreparedCatalogWriter OUTPUT-FILE");
      System.exit(2);
    }
    ProfileSources sources = new ProfileSources();
    sources.addBuiltInJson();
    // The built-in files are checked against the schema here, once, at build time: the catalog
    // read at run time is this prepared form, which is not validated again.
    List<CatalogProblem> problems = new ArrayList<>(schemaProblems(sources.files()));
    ExtendsResolver.Resolution resolution = ExtendsResolver.resolve(sources.files(), sources.problems());
    problems.addAll(resolution.problems());
    if (!problems.isEmpty()) {
      System.err.println("the built-in catalog has problems; no prepared form written:");
      problems.forEach(p -> System.err.println("  " + p));
      System.exit(1);
    }
    Path target = Path.of(args[0]);
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Whole or not at all: a build stopped half-way must not leave a truncated resource that a
    // later incremental build would package.
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      Files.write(temp, write(resolution.profiles()));
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** What the shipped schema finds wrong with the built-in files; empty when every one conforms. */
  static List<CatalogProblem> schemaProblems(List<ProfileSource> files) {
    List<CatalogProblem> problems = new ArrayList<>();
    for (ProfileSource source : files) {
      if (source instanceof ProfileFile f) ProfileSchema.shipped().problems(f.location(), f.node()).forEach(p -> problems.add(p.problem()));
    }
    return problems;
  }

  /** The prepared form of {@code profiles}, in their order. */
  static byte[] write(List<Built> profiles) throws IOException {
    PreparedCatalogWriter w = new PreparedCatalogWriter();
    // Where each id and alias is in load order, so that a profile names its parent's place and the
    // reader links them without a map of every name.
    Map<String, Integer> places = new HashMap<>();
    for (int i = 0; i < profiles.size(); i++) {
      places.put(Shelf.key(profiles.get(i).info().id()), i);
      for (String alias : profiles.get(i).info().aliases()) places.put(Shelf.key(alias), i);
    }
    w.out.writeInt(profiles.size());
    for (Built b : profiles) w.profile(b, places);
    w.out.flush();
    // The tables refer to the string table, so they are written (into it) before it is.
    ByteArrayOutputStream tables = new ByteArrayOutputStream();
    DataOutputStream t = new DataOutputStream(tables);
    for (Class<? extends Enum<?>> type : PreparedCatalog.ENUMS) {
      Map<Enum<?>, Integer> table = w.constants.getOrDefault(type, Map.of());
      t.writeShort(table.size());
      for (Enum<?> c : table.keySet()) t.writeShort(w.index(c.name()));
    }
    t.flush();

    ByteArrayOutputStream file = new ByteArrayOutputStream();
    DataOutputStream head = new DataOutputStream(file);
    head.writeInt(PreparedCatalog.MAGIC);
    head.writeShort(PreparedCatalog.FORMAT);
    head.writeInt(w.strings.size());
    for (String s : w.strings.keySet()) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      if (utf8.length > 0xFFFF) throw new IllegalStateException("a string of the built-in catalog is over 65,535 bytes: "
          + s.substring(0, 60) + "...");
      head.writeShort(utf8.length);
      head.write(utf8);
    }
    head.flush();
    tables.writeTo(file);
    w.bytes.writeTo(file);
    return file.toByteArray();
  }

  private void profile(Built b, Map<String, Integer> places) throws IOException {
    ProfileInfo info = b.info();
    string(info.kind().name());
    string(info.id());
    string(info.name());
    strings(info.aliases());
    strings(info.tags().stream().sorted().toList());
    strings(info.source());
    strings(info.notes());
    strings(info.unconfirmed());
    strings(info.assumed().stream().sorted().toList());
    out.writeBoolean(info.partial());
    optionalString(info.parent());
    Map<String, String> fingerprints = new TreeMap<>(info.fingerprints());
    count(fingerprints.size());
    for (Map.Entry<String, String> e : fingerprints.entrySet()) {
      string(e.getKey());
      string(e.getValue());
    }
    string(info.location());
    if (info.parent().isPresent()) {
      Integer place = places.get(Shelf.key(info.parent().get()));
      if (place == null) throw new IllegalArgumentException(info.id() + " extends '" + info.parent().get()
          + "', which is not among the profiles prepared");
      out.writeShort(place);
    }
    if (b instanceof Built.Client c) hello(c.clientHello());
    // The fields go after their length, so a reader can leave them for later.
    DataOutputStream head = out;
    ByteArrayOutputStream fields = new ByteArrayOutputStream();
    out = new DataOutputStream(fields);
    if (b instanceof Built.Client c) client(c.profile().get());
    else server(((Built.Server) b).profile().get());
    out.flush();
    out = head;
    out.writeInt(fields.size());
    fields.writeTo(out);
  }

  private void hello(Optional<byte[]> hello) throws IOException {
    out.writeBoolean(hello.isPresent());
    if (hello.isPresent()) {
      out.writeInt(hello.get().length);
      out.write(hello.get());
    }
  }

  private void client(ClientProfile c) throws IOException {
    if (c.layout().isPresent()) throw new IllegalArgumentException(c.id() + ": a profile file cannot set a hello layout");
    constants(c.versions());
    constant(c.helloFormat());
    constants(c.cipherSuites());
    constants(c.groups());
    constants(c.keyShares());
    constants(c.signatureAlgorithms());
    constants(c.signatureAlgorithmsCert());
    count(c.extensions().size());
    for (int type : c.extensions()) out.writeShort(type);
    out.writeBoolean(c.sendsSni());
    out.writeBoolean(c.clientCertificate().isPresent());
    if (c.clientCertificate().isPresent()) certificate(c.clientCertificate().get());
    strings(c.trustedIssuers().stream().map(CertificateIssuer::name).toList());
    limits(c.limits());
  }

  private void limits(ClientLimits limits) throws IOException {
    for (OptionalInt bits : List.of(limits.minDhBits(), limits.maxDhBits(), limits.minRsaBits(), limits.maxRsaBits(),
        limits.minEcdsaBits())) {
      out.writeInt(bits.orElse(0));
    }
    constants(limits.certificateSignatureHashes());
    out.writeBoolean(limits.acceptsWildcardCertificates());
  }

  private void server(ServerPolicy s) throws IOException {
    constants(s.versions());
    constants(s.cipherSuites());
    out.writeBoolean(s.serverPreference());
    constants(s.groups());
    constants(s.signatureSchemes());
    count(s.certificates().size());
    for (CertificateSpec c : s.certificates()) certificate(c);
    out.writeInt(s.dhBits());
    out.writeBoolean(s.requiresSni());
    out.writeBoolean(s.fallbackCertificate().isPresent());
    if (s.fallbackCertificate().isPresent()) certificate(s.fallbackCertificate().get());
    out.writeBoolean(s.requiresClientCertificate());
    strings(s.trustedIssuers().stream().map(CertificateIssuer::name).toList());
    constants(new java.util.TreeSet<>(s.habits())); // the same bytes on every build
    optionalString(s.library().map(l -> l.build().id()));
    // The family too, so that reading a Schannel server loads Schannel's builds only.
    if (s.library().isPresent()) string(s.library().get().build().family().name());
    out.writeByte(s.library().flatMap(ServerLibrary::securityLevel).map(SecurityLevel::level).orElse(-1));
  }

  /** A certificate as its fields, so that reading it parses nothing. */
  private void certificate(CertificateSpec c) throws IOException {
    constant(c.keyType());
    out.writeInt(c.keyBits());
    constant(c.signatureHash());
    out.writeBoolean(c.wildcard());
    optionalString(c.issuer().map(CertificateIssuer::name));
  }

  private void string(String s) throws IOException {
    out.writeShort(index(s));
  }

  private int index(String s) {
    Integer index = strings.get(s);
    if (index == null) {
      index = strings.size();
      if (index > 0xFFFF) throw new IllegalStateException("more than 65,536 distinct strings in the built-in catalog");
      strings.put(s, index);
    }
    return index;
  }

  private void strings(Collection<String> values) throws IOException {
    count(values.size());
    for (String s : values) string(s);
  }

  private void optionalString(Optional<String> value) throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) string(value.get());
  }

  private void constant(Enum<?> constant) throws IOException {
    Class<?> type = constant.getDeclaringClass();
    if (!PreparedCatalog.ENUMS.contains(type)) throw new IllegalArgumentException(type + " is not in PreparedCatalog.ENUMS");
    Map<Enum<?>, Integer> table = constants.computeIfAbsent(type, t -> new LinkedHashMap<>());
    Integer index = table.get(constant);
    if (index == null) {
      index = table.size();
      table.put(constant, index);
    }
    out.writeShort(index);
  }

  private void constants(Collection<? extends Enum<?>> constants) throws IOException {
    count(constants.size());
    for (Enum<?> c : constants) constant(c);
  }

  private void count(int n) throws IOException {
    if (n > 0xFFFF) throw new IllegalStateException("a list of " + n + " elements does not fit the prepared form");
    out.writeShort(n);
  }
}
