package io.github.tlscompat.profiles;

import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientLimits;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.library.LibraryFamily;
import io.github.tlscompat.core.library.SecurityLevel;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import io.github.tlscompat.profiles.ProfileBuilder.Built;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The built-in catalog in the form {@link PreparedCatalogWriter} prepares at build time: every
 * built-in profile already resolved and checked, read back into the core builders with a
 * {@link Bytes} cursor. Only what finds a profile (its {@link ProfileInfo}) is read at load; its
 * TLS fields are read and built the first time the profile is asked for, so a command or a test
 * that looks at two profiles builds two. Loading this way takes tens of milliseconds in a fresh
 * JVM, where reading the 264 JSON files with a cold Jackson took several hundred.
 *
 * <p>The JSON files stay the source of truth: Maven writes this form from them in the
 * {@code process-classes} phase of every build, and {@code PreparedCatalogTest} checks that it gives
 * the catalog the JSON files give, profile by profile.
 *
 * <p>The format, big-endian as {@link java.io.DataOutput} writes it: the int {@link #MAGIC}, the
 * unsigned short {@link #FORMAT}; a string table (an int count, then each string as the unsigned short
 * length of its UTF-8 bytes and those bytes); for each enum type of {@link #ENUMS}, in that
 * order, a table of the constants the profiles use (a count, then the string of each constant's
 * {@code name()}); an int count of profiles, then each profile in load order. Inside a profile a
 * string is the unsigned short index of a string in the table, an enum constant the index of the
 * constant in its type's table, a list an unsigned short count followed by its elements, an absent
 * value a {@code false} boolean (a present one {@code true} followed by the value). Constants are
 * stored by name, so a reordered registry enum cannot shift them; each is resolved once per load. A
 * profile is its kind (the string of its {@link ProfileKind} name), its {@link ProfileInfo} (id,
 * name, aliases, tags, source, notes, unconfirmed, assumed, partial, parent, fingerprints as
 * key-value pairs, location), for a profile that extends another the unsigned short place of that
 * profile in load order, for a client its captured hello (present: an int length and the bytes),
 * then an int length and the fields of the {@link ClientProfile} or {@link ServerPolicy} in the
 * order of their builders, which the length lets a reader skip until they are needed (a
 * certificate as its key type, its key bits as an int, its signature hash, whether it is a
 * wildcard and its optional issuer, so that reading one parses nothing; a server's library as its
 * build's id, then the name of the build's {@link LibraryFamily}, so that only that
 * family's builds are loaded, then its security level as a byte, -1 for the build's default); see
 * {@link PreparedCatalogWriter}, which writes exactly what {@link #read} reads.
 */
final class PreparedCatalog {

  /** The resource, relative to {@link Catalog}'s package, that Maven writes into the jar. */
  static final String RESOURCE = "builtin/prepared-catalog.bin";

  /** The first four bytes: "TLSC". */
  static final int MAGIC = 0x544C5343;

  /** The format version; a reader refuses any other. */
  static final int FORMAT = 5;

  /** The enum types whose constants the profiles use, in the order of their tables. */
  static final List<Class<? extends Enum<?>>> ENUMS = List.of(ProtocolVersion.class,
      HelloFormat.class, CipherSuite.class, NamedGroup.class, SignatureScheme.class, KeyType.class,
      HashAlgorithm.class, ServerHabit.class);

  private PreparedCatalog() {}

  /**
   * The built-in profiles in load order, read once per class loader; empty when the class path
   * holds no prepared form (classes an IDE compiled without running Maven).
   */
  static Optional<List<PreparedProfile>> builtIn() {
    return BuiltIn.PROFILES;
  }

  private static final class BuiltIn {
    static final Optional<List<PreparedProfile>> PROFILES = load();

    private static Optional<List<PreparedProfile>> load() {
      // Class.getResourceAsStream, not the class loader: on the module path the resource sits in one
      // of this module's packages, which only this module's own classes may read.
      try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
        if (in == null) return Optional.empty();
        return Optional.of(read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the built-in catalog " + RESOURCE, e);
      }
    }
  }

  /**
   * Reads a prepared catalog: every profile's info now, its TLS fields when first asked for.
   *
   * @throws IOException if the stream ends early or is not a prepared catalog of {@link #FORMAT}
   */
  static List<PreparedProfile> read(InputStream stream) throws IOException {
    byte[] all = stream.readAllBytes();
    Bytes in = new Bytes(all);
    int magic = in.readInt();
    int format = in.readUnsignedShort();
    if (magic != MAGIC || format != FORMAT) {
      throw new IOException("not a prepared catalog of format " + FORMAT + " (magic " + Integer.toHexString(magic)
          + ", format " + format + ")");
    }
    String[] strings = new String[in.readInt()];
    // UTF-8, not DataInput's modified UTF-8: most strings are ASCII, which the String constructor
    // copies as they are, where readUTF loops over every character in a JVM that has compiled nothing
    // yet (the notes and sources are two thirds of the file).
    for (int i = 0; i < strings.length; i++) strings[i] = in.readUtf8(in.readUnsignedShort(), "a string of the table");
    int[][] names = new int[ENUMS.size()][];
    for (int t = 0; t < names.length; t++) {
      names[t] = new int[in.readUnsignedShort()];
      for (int i = 0; i < names[t].length; i++) names[t][i] = in.readUnsignedShort();
    }
    // The registries are loaded with the first profile built, not with the catalog: a command that
    // only lists profiles never needs them.
    Tables tables = new Tables(strings, Lazy.later(() -> constants(strings, names)));
    Reader reader = new Reader(in, tables);
    int count = in.readInt();
    List<Built> built = new ArrayList<>(count);
    int[] parents = new int[count];
    for (int i = 0; i < count; i++) {
      ProfileInfo info = reader.info();
      parents[i] = info.parent().isPresent() ? in.readUnsignedShort() : -1;
      Optional<byte[]> hello = info.kind() == ProfileKind.CLIENT ? reader.hello() : Optional.empty();
      int length = in.readInt();
      if (length < 0 || length > in.remaining()) throw new EOFException("the fields of " + info.id() + " are cut short");
      int offset = in.skip(length, "the fields of a profile");
      built.add(info.kind() == ProfileKind.CLIENT
          ? new Built.Client(Lazy.later(new ClientFields(all, offset, offset + length, tables, info)), info, hello)
          : new Built.Server(Lazy.later(new ServerFields(all, offset, offset + length, tables, info)), info));
    }
    if (!in.atEnd()) throw new IOException("trailing bytes after " + count + " profiles");
    return link(built, parents);
  }

  /** Each type of {@link #ENUMS} with its table's constants, resolved from their names. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<Class<?>, Enum<?>[]> constants(String[] strings, int[][] names) {
    Map<Class<?>, Enum<?>[]> constants = new HashMap<>();
    for (int t = 0; t < names.length; t++) {
      Class type = ENUMS.get(t);
      Enum<?>[] table = new Enum<?>[names[t].length];
      for (int i = 0; i < table.length; i++) table[i] = Enum.valueOf(type, strings[names[t][i]]);
      constants.put(type, table);
    }
    return constants;
  }

  /** Pairs each profile with the built-in profile its {@code extends} names, at the place given. */
  private static List<PreparedProfile> link(List<Built> built, int[] parents) throws IOException {
    PreparedProfile[] linked = new PreparedProfile[built.size()];
    for (int i = 0; i < linked.length; i++) link(i, built, parents, linked, 0);
    return List.of(linked);
  }

  private static PreparedProfile link(int index, List<Built> built, int[] parents, PreparedProfile[] linked, int depth)
      throws IOException {
    if (linked[index] != null) return linked[index];
    ProfileInfo info = built.get(index).info();
    Optional<PreparedProfile> parent = Optional.empty();
    if (parents[index] >= 0) {
      if (parents[index] >= built.size() || depth > built.size()) {
        throw new IOException(info.id() + " extends '" + info.parent().orElse("") + "', which the prepared catalog"
            + " does not hold in a chain that ends");
      }
      parent = Optional.of(link(parents[index], built, parents, linked, depth + 1));
    }
    linked[index] = new PreparedProfile(built.get(index), parent);
    return linked[index];
  }

  // A client's or a server's fields, built when first asked for. Classes, not lambdas: one is made
  // per profile at load, which through a lambda's method handle costs more before anything is compiled.
  private record ClientFields(byte[] all, int offset, int end, Tables tables, ProfileInfo info)
      implements Supplier<ClientProfile> {
    @Override public ClientProfile get() {
      return new Reader(new Bytes(all, offset, end), tables).client(info);
    }
  }

  private record ServerFields(byte[] all, int offset, int end, Tables tables, ProfileInfo info)
      implements Supplier<ServerPolicy> {
    @Override public ServerPolicy get() {
      return new Reader(new Bytes(all, offset, end), tables).server(info);
    }
  }

  /** The string table and the enum tables: what the profiles' indexes point into. */
  private record Tables(String[] strings, Lazy<Map<Class<?>, Enum<?>[]>> constants) {}

  /** Reads profiles, or the fields of one, from a stream. */
  private static final class Reader {
    private final Bytes in;
    private final Tables tables;

    Reader(Bytes in, Tables tables) {
      this.in = in;
      this.tables = tables;
    }

    ProfileInfo info() throws IOException {
      ProfileKind kind = ProfileKind.valueOf(string());
      String id = string();
      String name = string();
      List<String> aliases = strings();
      Set<String> tags = Set.of(stringArray());
      List<String> source = strings();
      List<String> notes = strings();
      List<String> unconfirmed = strings();
      Set<String> assumed = Set.of(stringArray());
      boolean partial = in.readBoolean();
      Optional<String> parent = in.readBoolean() ? Optional.of(string()) : Optional.empty();
      int pairs = in.readUnsignedShort();
      Map<String, String> fingerprints = pairs == 0 ? Map.of() : new LinkedHashMap<>();
      for (int i = pairs; i > 0; i--) fingerprints.put(string(), string());
      String location = string();
      return new ProfileInfo(id, kind, name, aliases, tags, source, notes, unconfirmed, assumed, partial, parent,
          fingerprints, location);
    }

    Optional<byte[]> hello() throws IOException {
      if (!in.readBoolean()) return Optional.empty();
      return Optional.of(in.read(in.readInt(), "a captured hello"));
    }

    ClientProfile client(ProfileInfo info) {
      try {
        ClientProfile.Builder b = ClientProfile.builder(info.id(), info.name());
        b.versions(ParameterSet.copyOf(ProtocolVersion.class, constants(ProtocolVersion.class)));
        b.helloFormat(constant(HelloFormat.class));
        b.cipherSuites(constants(CipherSuite.class));
        b.groups(constants(NamedGroup.class));
        b.keyShares(constants(NamedGroup.class));
        b.signatureAlgorithms(constants(SignatureScheme.class));
        b.signatureAlgorithmsCert(constants(SignatureScheme.class));
        List<Integer> extensions = new ArrayList<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) extensions.add(in.readUnsignedShort());
        b.extensions(extensions);
        b.sendsSni(in.readBoolean());
        if (in.readBoolean()) b.clientCertificate(certificate());
        b.trustedIssuers(issuers());
        b.limits(limits());
        return b.build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the built-in client " + info.id() + " from " + RESOURCE, e);
      }
    }

    private ClientLimits limits() throws IOException {
      ClientLimits.Builder b = ClientLimits.builder();
      // Each bound as ProfileBuilder sets it: only when the profile has one.
      int bits;
      if ((bits = in.readInt()) > 0) b.minDhBits(bits);
      if ((bits = in.readInt()) > 0) b.maxDhBits(bits);
      if ((bits = in.readInt()) > 0) b.minRsaBits(bits);
      if ((bits = in.readInt()) > 0) b.maxRsaBits(bits);
      if ((bits = in.readInt()) > 0) b.minEcdsaBits(bits);
      b.certificateSignatureHashes(ParameterSet.copyOf(HashAlgorithm.class, constants(HashAlgorithm.class)));
      b.acceptsWildcardCertificates(in.readBoolean());
      return b.build();
    }

    ServerPolicy server(ProfileInfo info) {
      try {
        ServerPolicy.Builder b = ServerPolicy.builder(info.id(), info.name());
        b.versions(ParameterSet.copyOf(ProtocolVersion.class, constants(ProtocolVersion.class)));
        b.cipherSuites(constants(CipherSuite.class));
        b.serverPreference(in.readBoolean());
        b.groups(constants(NamedGroup.class));
        b.signatureSchemes(constants(SignatureScheme.class));
        int certificates = in.readUnsignedShort();
        if (certificates == 0) throw new IOException("server " + info.id() + " holds no certificate");
        CertificateSpec first = certificate();
        CertificateSpec[] rest = new CertificateSpec[certificates - 1];
        for (int i = 0; i < rest.length; i++) rest[i] = certificate();
        b.certificates(first, rest);
        b.dhBits(in.readInt());
        b.requiresSni(in.readBoolean());
        if (in.readBoolean()) b.fallbackCertificate(certificate());
        b.requiresClientCertificate(in.readBoolean());
        b.trustedIssuers(issuers());
        Set<ServerHabit> habits = EnumSet.noneOf(ServerHabit.class);
        habits.addAll(constants(ServerHabit.class));
        b.habits(habits);
        if (in.readBoolean()) {
          String id = string();
          ServerLibrary library = ServerLibrary.fromId(id, LibraryFamily.valueOf(string()));
          int level = in.readByte();
          b.library(level < 0 ? library : new ServerLibrary(library.build(), Optional.of(SecurityLevel.of(level))));
        } else {
          in.readByte();
        }
        return b.build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the built-in server " + info.id() + " from " + RESOURCE, e);
      }
    }

    private CertificateSpec certificate() throws IOException {
      KeyType type = constant(KeyType.class);
      int bits = in.readInt();
      HashAlgorithm hash = constant(HashAlgorithm.class);
      boolean wildcard = in.readBoolean();
      Optional<CertificateIssuer> issuer = in.readBoolean() ? Optional.of(new CertificateIssuer(string())) : Optional.empty();
      return new CertificateSpec(type, bits, hash, wildcard, issuer);
    }

    private String string() throws IOException {
      return tables.strings()[in.readUnsignedShort()];
    }

    private List<CertificateIssuer> issuers() throws IOException {
      // A loop, not a stream: a stream per profile is dozens of calls in a JVM that has compiled nothing.
      int n = in.readUnsignedShort();
      List<CertificateIssuer> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) out.add(new CertificateIssuer(string()));
      return out;
    }

    /** A list as immutable as the one {@link ProfileInfo} would copy it into, so that it is not copied. */
    private List<String> strings() throws IOException {
      return List.of(stringArray());
    }

    /** The strings of a list or set (each set was written from a set, so without repeats). */
    private String[] stringArray() throws IOException {
      String[] out = new String[in.readUnsignedShort()];
      for (int i = 0; i < out.length; i++) out[i] = string();
      return out;
    }

    // Unchecked casts, not Class.cast: each type's table holds only that type's constants.
    @SuppressWarnings("unchecked")
    private <E extends Enum<E>> E constant(Class<E> type) throws IOException {
      return (E) tables.constants().get().get(type)[in.readUnsignedShort()];
    }

    @SuppressWarnings("unchecked")
    private <E extends Enum<E>> List<E> constants(Class<E> type) throws IOException {
      Enum<?>[] table = tables.constants().get().get(type);
      int n = in.readUnsignedShort();
      List<E> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) out.add((E) table[in.readUnsignedShort()]);
      return out;
    }
  }
}
