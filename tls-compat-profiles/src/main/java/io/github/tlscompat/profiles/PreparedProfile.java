package io.github.tlscompat.profiles;

import io.github.tlscompat.profiles.ProfileBuilder.Built;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A built-in profile as {@link PreparedCatalog} read it: already built, with the built-in profile it
 * extends. Its JSON file is read only when the JSON is needed: when a file of yours extends it, or
 * when a file of yours took the name of the profile it extends, so it must be built again.
 *
 * @param built the client or server with its info, as the JSON file builds it among the built-ins
 * @param parent the built-in profile its {@code extends} names, if any
 */
record PreparedProfile(Built built, Optional<PreparedProfile> parent) implements ProfileSource {

  @Override public String id() {
    return built.info().id();
  }

  @Override public ProfileKind kind() {
    return built.info().kind();
  }

  @Override public String location() {
    return built.info().location();
  }

  @Override public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(id());
    names.addAll(built.info().aliases());
    return names;
  }

  /**
   * The built-in JSON file this profile was prepared from, read now.
   *
   * @throws IllegalStateException if the jar no longer holds it as it was when prepared
   */
  ProfileFile file() {
    String path = ProfileSources.builtInResource(location());
    List<CatalogProblem> problems = new ArrayList<>();
    try (InputStream in = Catalog.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("the built-in profile " + path + " is missing from the tls-compat-profiles jar");
      Optional<ProfileFile> file = ProfileFile.read(location(), new String(in.readAllBytes(), StandardCharsets.UTF_8), problems);
      if (file.isEmpty() || !problems.isEmpty()) throw new IllegalStateException("the built-in profile " + path + " no longer reads: " + problems);
      return file.get();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in profile " + path, e);
    }
  }
}
