package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the user named is written whole or not at all, and nothing else is left behind. */
class OutputFileTest {
  @TempDir
  Path dir;

  @Test
  void write_failingHalfWay_leavesTheOldFileAndNoTemporaryFile() throws IOException {
    // GIVEN a profile written earlier
    Path target = Files.writeString(dir.resolve("profile.json"), "{ \"old\": true }\n");

    // WHEN a new write fails after part of its content is out
    assertThatThrownBy(() -> OutputFile.write(target, out -> {
      out.write("{ \"new\": ".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    })).isInstanceOf(IOException.class).hasMessage("No space left on device");

    // THEN the old file is whole and the directory holds nothing else
    assertThat(Files.readString(target)).isEqualTo("{ \"old\": true }\n");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void write_existingFile_isReplacedWhole() throws IOException {
    Path target = Files.writeString(dir.resolve("profile.json"), "old content, longer than the new one\n");

    OutputFile.write(target, "new\n".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.readString(target)).isEqualTo("new\n");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void write_throughASymbolicLink_replacesTheFileItNamesAndKeepsTheLink() throws IOException {
    Path real = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("profile.json"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);

    OutputFile.write(link, "new\n".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new\n");
  }

  @Test
  void write_intoAMissingDirectory_createsNothing() {
    Path target = dir.resolve("missing").resolve("profile.json");

    assertThatThrownBy(() -> OutputFile.write(target, new byte[] {1}))
        .isInstanceOf(IOException.class).hasMessage("no such directory: " + dir.resolve("missing"));
    assertThat(files()).isEmpty();
  }

  @Test
  void write_overADirectory_leavesIt() throws IOException {
    Path target = Files.createDirectory(dir.resolve("profile.json"));

    assertThatThrownBy(() -> OutputFile.write(target, new byte[] {1}))
        .isInstanceOf(IOException.class).hasMessage("it is a directory");
    assertThat(Files.isDirectory(target)).isTrue();
    assertThat(files()).containsExactly(target);
  }

  private java.util.List<Path> files() {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing.toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
