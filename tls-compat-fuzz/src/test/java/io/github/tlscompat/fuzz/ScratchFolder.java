package io.github.tlscompat.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary folder for the targets that must hand their input to the code as a file (a profile
 * in a catalog folder, a {@code java.security} file), created on first use in memory when the
 * machine has a {@code tmpfs} at {@code /dev/shm}.
 *
 * <p>Writing the input costs more than reading it otherwise: ext4 flushes a file rewritten in
 * place to disk ({@code auto_da_alloc}), about a millisecond a write, which held the file targets
 * under a few hundred executions a second. The code under test reads the same bytes through the
 * same {@link Path} either way.
 */
final class ScratchFolder {
  private static final Path SHARED_MEMORY = Path.of("/dev/shm");

  private final String prefix;
  private Path folder;

  ScratchFolder(String prefix) {
    this.prefix = prefix;
  }

  /** Writes {@code bytes} to {@code name} in the folder, replacing what was there, and returns its path. */
  synchronized Path write(String name, byte[] bytes) {
    try {
      Path file = folder().resolve(name);
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder, created on first use. */
  synchronized Path folder() throws IOException {
    if (folder == null) {
      folder = Files.isDirectory(SHARED_MEMORY) && Files.isWritable(SHARED_MEMORY)
          ? Files.createTempDirectory(SHARED_MEMORY, prefix)
          : Files.createTempDirectory(prefix);
    }
    return folder;
  }

  /** Deletes {@code name} and the folder, if it was created. */
  synchronized void delete(String name) throws IOException {
    if (folder != null) {
      Files.deleteIfExists(folder.resolve(name));
      Files.deleteIfExists(folder);
      folder = null;
    }
  }
}
