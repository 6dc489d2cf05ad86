package io.github.tlscompat.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The checked-in seed corpus is exactly what {@link FuzzCorpus} builds: no file without a
 * provenance, none missing. Run with {@code -Dfuzz.corpus.write=true} to (re)write the files after
 * changing {@link FuzzCorpus}; a file a real fuzz run found goes in {@link FuzzCorpus} too, as the
 * bytes that reproduce it.
 */
class FuzzCorpusTest {
  /** Where Jazzer looks for a target's inputs: {@code <package>/<Class>Inputs/<method>/} under the test resources. */
  static final Path INPUTS = Path.of("src/test/resources/io/github/tlscompat/fuzz");

  @Test
  void checkedInCorpus_isExactlyTheGeneratedOne() throws Exception {
    boolean write = Boolean.getBoolean("fuzz.corpus.write");
    for (Map.Entry<String, Map<String, byte[]>> target : FuzzCorpus.all().entrySet()) {
      String[] classAndMethod = target.getKey().split("/");
      Path dir = INPUTS.resolve(classAndMethod[0] + "Inputs").resolve(classAndMethod[1]);
      if (write) rewrite(dir, target.getValue());
      assertThat(names(dir)).as(dir.toString()).isEqualTo(new TreeSet<>(target.getValue().keySet()));
      for (Map.Entry<String, byte[]> seed : target.getValue().entrySet()) {
        assertThat(Files.readAllBytes(dir.resolve(seed.getKey()))).as(dir.resolve(seed.getKey()).toString())
            .isEqualTo(seed.getValue());
      }
    }
  }

  private static void rewrite(Path dir, Map<String, byte[]> seeds) throws IOException {
    Files.createDirectories(dir);
    for (Path old : names(dir).stream().map(dir::resolve).toList()) Files.delete(old);
    for (Map.Entry<String, byte[]> seed : seeds.entrySet()) Files.write(dir.resolve(seed.getKey()), seed.getValue());
  }

  private static TreeSet<String> names(Path dir) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    if (!Files.isDirectory(dir)) return names;
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(f -> names.add(f.getFileName().toString()));
    }
    return names;
  }
}
