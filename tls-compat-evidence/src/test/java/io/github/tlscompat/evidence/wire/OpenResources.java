package io.github.tlscompat.evidence.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The threads and file descriptors of this JVM at one moment, to show that a test left none of its
 * own open: take a snapshot before, then {@link #leftOpenSince} after, which waits a little for
 * threads that are ending and sockets being closed.
 *
 * <p>Threads are compared by identity, except those of JDK pools that outlive any one task by
 * design (named in {@link #POOLED}); file descriptors (Linux {@code /proc/self/fd}) by what they
 * point to, except the class path jars and {@code /dev} entropy files the JVM opens once, on first
 * use, and keeps.
 */
final class OpenResources {
  /** JDK threads that stay in a pool after their task: never started by the code under test for itself. */
  static final List<String> POOLED = List.of("ForkJoinPool.commonPool-worker-", "Attach Listener", "process reaper");

  private static final Path FDS = Path.of("/proc/self/fd");

  private final Set<Thread> threads;
  private final Map<String, Integer> descriptors;

  private OpenResources(Set<Thread> threads, Map<String, Integer> descriptors) {
    this.threads = threads;
    this.descriptors = descriptors;
  }

  /** What is open now. */
  static OpenResources now() {
    return new OpenResources(Set.copyOf(Thread.getAllStackTraces().keySet()), descriptors());
  }

  /**
   * What is open now that was not at {@code before}, waiting up to {@code settleMillis} for it to
   * close; an empty list when nothing was left.
   */
  static List<String> leftOpenSince(OpenResources before, long settleMillis) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settleMillis);
    List<String> left;
    do {
      left = before.difference(now());
      if (left.isEmpty()) return left;
      Thread.sleep(20);
    } while (System.nanoTime() < end);
    return left;
  }

  private List<String> difference(OpenResources after) {
    List<String> left = new ArrayList<>();
    for (Thread t : after.threads) {
      if (!threads.contains(t) && t.isAlive() && POOLED.stream().noneMatch(p -> t.getName().startsWith(p))) {
        left.add("thread " + t.getName() + (t.isDaemon() ? " (daemon)" : ""));
      }
    }
    after.descriptors.forEach((target, count) -> {
      int extra = count - descriptors.getOrDefault(target, 0);
      if (extra > 0 && !keptByTheJvm(target)) left.add(extra + " file descriptor(s) on " + target);
    });
    return left;
  }

  private static boolean keptByTheJvm(String target) {
    return target.endsWith(".jar") || target.startsWith("/dev/");
  }

  /** Each target of /proc/self/fd with how many descriptors point to it; empty where there is no /proc. */
  private static Map<String, Integer> descriptors() {
    if (!Files.isDirectory(FDS)) return Map.of();
    Map<String, Integer> targets = new HashMap<>();
    try (Stream<Path> fds = Files.list(FDS)) {
      for (Path fd : fds.collect(Collectors.toList())) {
        try {
          targets.merge(Files.readSymbolicLink(fd).toString(), 1, Integer::sum);
        } catch (IOException closedMeanwhile) {
          // the listing's own descriptor, or one closed while listing
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return targets;
  }
}
