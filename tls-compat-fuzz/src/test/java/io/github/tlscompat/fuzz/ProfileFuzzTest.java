package io.github.tlscompat.fuzz;

import static io.github.tlscompat.fuzz.Contract.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.tlscompat.profiles.Catalog;
import io.github.tlscompat.profiles.CatalogProblem;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/**
 * The JSON profile loader, fed a mutated profile file in a user's catalog folder, as
 * {@code --catalog DIR} and {@code Catalog.builder().addPath(dir)} read it: the catalog builds, with
 * the file's profile or with problems that name the file, never with a Java exception of the
 * loader's (Jackson's, a missing field's, a recursion's).
 */
class ProfileFuzzTest {
  private static final String FILE_NAME = "fuzzed.json";
  private static final ScratchFolder FOLDER = new ScratchFolder("tls-compat-fuzz-catalog");

  @AfterAll
  static void deleteFolder() throws IOException {
    FOLDER.delete(FILE_NAME);
  }

  @FuzzTest
  void profileFile(byte[] file) throws IOException {
    Path dir = FOLDER.write(FILE_NAME, file).getParent();
    Catalog catalog = Catalog.builder().addPath(dir).build();
    for (CatalogProblem problem : catalog.problems()) {
      check(problem.location().contains(FILE_NAME), () -> "a problem that does not name the file: " + problem);
      check(!problem.message().isBlank(), () -> "a problem without a message: " + problem);
    }
    check(!catalog.problems().isEmpty() || catalog.infos().size() == 1,
        () -> "no problem, yet " + catalog.infos().size() + " profiles from one file");
  }
}
