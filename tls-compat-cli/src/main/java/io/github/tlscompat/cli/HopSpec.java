package io.github.tlscompat.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One {@code HOP} argument of {@code tls-compat path}, as typed, before the catalog is asked.
 *
 * <p>The grammar: {@code SERVER} is a hop that terminates TLS (a reverse proxy, AD FS Web
 * Application Proxy, an inspecting HTTP proxy), {@code SERVER+CLIENT} one whose side towards the
 * next hop is the client {@code CLIENT}, and {@code passthrough:SERVER} one that relays the TLS
 * bytes (a CONNECT tunnel, an SNI router), of which only the server_name requirement counts.
 * {@code SERVER} and {@code CLIENT} are ids, aliases or files, and {@code SERVER} may be a live
 * server's {@code HOST:PORT}; an argument that names an existing
 * file is a file as a whole, even with a {@code +} in its name.
 *
 * @param argument the argument as typed, for messages
 * @param server the server's id or file
 * @param back the client the hop is towards the next hop, if given
 * @param passThrough whether the hop relays TLS instead of terminating it
 */
record HopSpec(String argument, String server, Optional<String> back, boolean passThrough) {

  /** The prefix of a pass-through hop. */
  static final String PASS_THROUGH = "passthrough:";

  /**
   * Reads one argument.
   *
   * @throws IllegalArgumentException for an empty server or client, or a pass-through hop with a
   *     client side, in words for the person who typed it
   */
  static HopSpec parse(String argument) {
    boolean passThrough = argument.startsWith(PASS_THROUGH);
    String rest = passThrough ? argument.substring(PASS_THROUGH.length()) : argument;
    int plus = rest.lastIndexOf('+');
    Optional<String> back = Optional.empty();
    String server = rest;
    if (plus >= 0 && !isFile(rest)) {
      server = rest.substring(0, plus);
      back = Optional.of(rest.substring(plus + 1));
    }
    if (server.isEmpty()) {
      throw new IllegalArgumentException("'" + argument + "' names no server; expected ID|FILE, ID|FILE+CLIENT or "
          + PASS_THROUGH + "ID|FILE");
    }
    if (back.isPresent() && back.get().isEmpty()) {
      throw new IllegalArgumentException("'" + argument + "' names no client after '+'; expected ID|FILE+CLIENT");
    }
    if (passThrough && back.isPresent()) {
      throw new IllegalArgumentException("'" + argument + "' is a pass-through hop: it makes no handshake of its"
          + " own, so it has no client side; drop '+" + back.get() + "'");
    }
    return new HopSpec(argument, server, back, passThrough);
  }

  private static boolean isFile(String ref) {
    try {
      return Files.isRegularFile(Path.of(ref));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
