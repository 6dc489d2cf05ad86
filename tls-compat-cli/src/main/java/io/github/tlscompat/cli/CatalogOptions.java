package io.github.tlscompat.cli;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.Catalog;
import io.github.tlscompat.profiles.CatalogProblem;
import io.github.tlscompat.profiles.NoSuchProfileException;
import io.github.tlscompat.profiles.ProfileInfo;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The catalog a command works on, shared as a picocli mixin: the built-in profiles plus those given
 * with {@code --profiles}, plus any profile file named where an id is expected.
 *
 * <p>Every look-up that fails is bad input: a {@link ParameterException} whose message names the
 * option, what was given, and the catalog's "did you mean", so that the command exits with
 * {@link ExitCodes#USAGE} and one line. A profile file with problems is bad input too, one line per
 * problem, each naming the file and the JSON pointer.
 */
final class CatalogOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--profiles", paramLabel = "PATH", arity = "1..*",
      description = "Your own profile files, or directories of them, added to the built-in catalog"
          + " (format: docs/profile-format.md).")
  List<Path> profiles = new ArrayList<>();

  private Catalog catalog;

  /**
   * Loads the catalog once: the built-in profiles, {@code --profiles}, and each of {@code refs}
   * that is an existing file.
   *
   * @throws ParameterException listing every problem, one per line, if any file could not be read
   */
  Catalog load(String... refs) {
    if (catalog != null) return catalog;
    Catalog.Builder builder = Catalog.builder().addBuiltIn();
    profiles.forEach(builder::addPath);
    for (String ref : refs) {
      if (ref != null) file(ref).ifPresent(builder::addPath);
    }
    Catalog loaded = builder.build();
    if (!loaded.problems().isEmpty()) {
      throw new ParameterException(spec.commandLine(), loaded.problems().stream()
          .map(CatalogProblem::toString).collect(Collectors.joining("\n")));
    }
    catalog = loaded;
    return catalog;
  }

  /** The client {@code ref} names: an id or alias, or a profile file; {@code option} names the source. */
  ClientProfile client(String option, String ref) {
    String id = idOf(ref);
    try {
      return load().client(id);
    } catch (NoSuchProfileException e) {
      throw invalid(option, e.getMessage());
    }
  }

  /** The server {@code ref} names: an id or alias, or a profile file. */
  ServerPolicy server(String option, String ref) {
    String id = idOf(ref);
    try {
      return load().server(id);
    } catch (NoSuchProfileException e) {
      throw invalid(option, e.getMessage());
    }
  }

  /** The info of the profile {@code ref} names, client or server: an id or alias, or a profile file. */
  ProfileInfo info(String option, String ref) {
    String id = idOf(ref);
    try {
      return load().info(id);
    } catch (NoSuchProfileException e) {
      throw invalid(option, e.getMessage());
    }
  }

  /** What the catalog knows about a loaded profile, if it came from the catalog. */
  Optional<ProfileInfo> infoOf(String id) {
    try {
      return Optional.of(load().info(id));
    } catch (NoSuchProfileException e) {
      return Optional.empty();
    }
  }

  /** The clients a selector of ids, aliases and tags names ({@link Catalog#selectClients}). */
  List<ClientProfile> clients(String option, String selector) {
    try {
      return load().selectClients(selector);
    } catch (NoSuchProfileException e) {
      throw invalid(option, e.getMessage());
    }
  }

  /** The servers a selector of ids, aliases and tags names ({@link Catalog#selectServers}). */
  List<ServerPolicy> servers(String option, String selector) {
    try {
      return load().selectServers(selector);
    } catch (NoSuchProfileException e) {
      throw invalid(option, e.getMessage());
    }
  }

  /** Bad input for {@code option}, worded like picocli's own conversion errors. */
  ParameterException invalid(String option, String message) {
    return new ParameterException(spec.commandLine(),
        "Invalid value for option '" + option + "': " + message);
  }

  /** The id of the profile in file {@code ref}, or {@code ref} itself when it is not a file. */
  private String idOf(String ref) {
    Objects.requireNonNull(ref, "ref");
    Optional<Path> file = file(ref);
    if (file.isEmpty()) return ref;
    Path wanted = file.get().toAbsolutePath().normalize();
    for (ProfileInfo info : load(ref).infos()) {
      if (file(info.location()).map(p -> p.toAbsolutePath().normalize().equals(wanted)).orElse(false)) {
        return info.id();
      }
    }
    return ref; // not reached: a file that loads without problems is in the catalog
  }

  /** {@code ref} as a path, if it names an existing regular file. */
  private static Optional<Path> file(String ref) {
    try {
      Path path = Path.of(ref);
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
