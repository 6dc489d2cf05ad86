package io.github.tlscompat.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file a command writes because the user named it ({@code import -o}, {@code serve --cert-out}):
 * written whole or not at all. The content goes to a temporary file in the target's own directory
 * (so the move never crosses file systems), is forced to disk, and is then moved over the target
 * atomically; a failure at any point deletes the temporary file and leaves an existing target as it
 * was. Nothing is written anywhere else: no directory is created, no backup is kept.
 */
final class OutputFile {

  /** Writes the content to a stream; may fail half-way, which the target never shows. */
  @FunctionalInterface
  interface Content {
    /** Writes everything to {@code out}, which the caller closes. */
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFile() {}

  /** Writes {@code bytes} to {@code target}, replacing it atomically; see the class description. */
  static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes what {@code content} produces to {@code target}, replacing it atomically.
   *
   * @throws IOException with a message for people (e.g. {@code no such directory: out}) when the
   *     directory is missing, the target is a directory, or writing or moving fails; the target is
   *     then unchanged
   */
  static void write(Path target, Content content) throws IOException {
    // Through a symbolic link to the file it names: the move would otherwise replace the link.
    Path absolute = Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (!Files.isDirectory(dir)) throw new IOException("no such directory: " + dir);
    if (Files.isDirectory(absolute)) throw new IOException("it is a directory");
    // A dot file next to the target: in its directory for an atomic rename, hidden from listings.
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
           OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Only file systems without rename(2) get here; the content is complete either way.
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) Files.deleteIfExists(temp);
    }
  }

  /** What went wrong, for "cannot write FILE: ...": this class's own sentences as they are, else the exception. */
  static String describe(IOException e) {
    return e.getClass() == IOException.class ? e.getMessage() : e.toString();
  }
}
