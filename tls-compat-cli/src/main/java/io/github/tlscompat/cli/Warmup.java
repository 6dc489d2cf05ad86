package io.github.tlscompat.cli;

import io.github.tlscompat.core.algebra.Matrix;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.profiles.Catalog;
import io.github.tlscompat.profiles.ProfileInfo;
import io.github.tlscompat.profiles.ProfileKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The work a command starts with, begun on a second thread while the main thread builds the command
 * line: the built-in catalog read and a first pair negotiated, and for {@code matrix} of the whole
 * catalog every pair. In a fresh JVM picocli's model of the command takes about as long as that work,
 * mostly loading and initialising classes; on a machine with two cores they overlap. The built-in
 * catalog is read once per class loader whoever asks first ({@link Catalog#builtIn()}), a profile is
 * built once whoever asks first, and a matrix is a function of its profiles, so the command gets what
 * it would have computed itself.
 *
 * <p>The main thread waits for this one ({@link #awaitDone}) before it runs the command, so the two
 * never run the core at the same time: while they overlap, the main thread runs picocli and this
 * package, and initialises at most a few of the core's enums, none of which initialises another
 * class of the core. Whatever fails here is left for the command to meet and report.
 */
final class Warmup {

  /** The subcommands that negotiate profiles of the built-in catalog. */
  private static final Set<String> NEGOTIATING = Set.of("matrix", "check", "remedy", "path", "diff", "simulate");

  /** The whole built-in catalog's matrix, once a warm-up for {@code matrix} has negotiated it. */
  private static volatile Matrix matrix;

  private Warmup() {}

  /**
   * Starts warming up for these arguments on a daemon thread, or nothing when the first argument is
   * not a subcommand that negotiates, or when there is one processor and nothing to overlap.
   */
  static Optional<Thread> start(String... args) {
    return start(Runtime.getRuntime().availableProcessors(), args);
  }

  /** As {@link #start(String...)} on a machine with this many processors. */
  static Optional<Thread> start(int processors, String... args) {
    if (args.length == 0 || !NEGOTIATING.contains(args[0]) || processors < 2) {
      return Optional.empty();
    }
    Thread thread = new Thread(() -> warm(everyPair(args)), "tls-compat-warmup");
    thread.setDaemon(true);
    thread.start();
    return Optional.of(thread);
  }

  /**
   * Whether the arguments ask for the matrix of the whole built-in catalog: {@code matrix} with at
   * most a {@code --format}. Anything else may change the profiles ({@code --profiles},
   * {@code --library}) or select some ({@code --clients}, {@code --servers}).
   */
  static boolean everyPair(String... args) {
    if (!args[0].equals("matrix")) return false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--format") && i + 1 < args.length) {
        i++;
      } else if (!args[i].startsWith("--format=")) {
        return false;
      }
    }
    return true;
  }

  private static void warm(boolean everyPair) {
    try {
      Catalog catalog = Catalog.builtIn();
      if (everyPair) {
        matrix = Matrix.of(catalog.clients(), catalog.servers());
      } else {
        Negotiator.negotiate(catalog.client(first(catalog, ProfileKind.CLIENT)),
            catalog.server(first(catalog, ProfileKind.SERVER)));
      }
    } catch (RuntimeException | Error e) {
      // The command reads the same catalog and meets the same problem, and reports it.
    }
  }

  private static String first(Catalog catalog, ProfileKind kind) {
    // A loop, not a stream: this is the warm-up, whose point is to do little before the JIT has.
    for (ProfileInfo info : catalog.infos()) {
      if (info.kind() == kind) return info.id();
    }
    throw new IllegalStateException("the built-in catalog has no " + kind + " profile");
  }

  /**
   * The matrix the warm-up negotiated, if it has the very clients and servers given, in that order:
   * a matrix is a function of its profiles, and the built-in profiles are built once per class loader.
   * It is handed over once, so that a JVM that goes on does not keep it.
   */
  static Optional<Matrix> matrixOf(List<ClientProfile> clients, List<ServerPolicy> servers) {
    Matrix warm = matrix;
    matrix = null;
    if (warm == null || !same(warm.clients(), clients) || !same(warm.servers(), servers)) return Optional.empty();
    return Optional.of(warm);
  }

  private static boolean same(List<?> a, List<?> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) return false;
    }
    return true;
  }

  /** Waits until the warm-up, if any, is over. */
  static void awaitDone(Optional<Thread> warmup) {
    if (warmup.isEmpty()) return;
    try {
      warmup.get().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
