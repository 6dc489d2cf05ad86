package io.github.tlscompat.core.library;

import io.github.tlscompat.core.cipherstring.GnuTlsPriorityString;
import io.github.tlscompat.core.internal.Preconditions;
import java.util.Map;

/**
 * One build of GnuTLS as a server runs on it: its release, the priority string it uses when the
 * application sets none, and the system priority file that {@code @KEYWORD} priority strings
 * ({@code @SYSTEM}) are looked up in. {@link #expand} turns a priority string into what this build
 * negotiates ({@link GnuTlsPriorityString}).
 *
 * <p>GnuTLS has no security levels: what a string enables is what its keywords and algorithm
 * names say ({@code SECURE128}, {@code -VERS-TLS1.0}), narrowed only by the system priority file.
 * GnuTLS 3.7 and 3.8 share the keyword lists and the suite table ({@code lib/priority.c},
 * {@code lib/algorithms/ciphersuites.c}, compared between the 3.7.9 and 3.8.9 tags), so the three
 * builds expand every string alike and differ in what their vendors ship around the library.
 *
 * @param id a stable identifier, unique across families, e.g. {@code gnutls-debian-12}
 * @param name a human name, e.g. {@code GnuTLS 3.7.9 (Debian 12)}
 * @param release the release line, e.g. {@code 3.7}
 * @param defaultPriority the priority string when the application sets none
 *     ({@code --with-default-priority-string}, upstream's default {@code NORMAL})
 * @param systemPriorityFile where {@code @KEYWORD} strings are looked up
 *     ({@code --with-system-priority-file})
 * @param systemPriorities the {@code [priorities]} entries of that file as the build ships it,
 *     keyword to string; empty when it ships none
 * @param source where these facts come from
 * @since 0.1.0
 */
public record GnuTlsBuild(String id, String name, String release, String defaultPriority, String systemPriorityFile,
    Map<String, String> systemPriorities, String source) implements LibraryBuild {

  /**
   * GnuTLS 3.7.9 as Debian 12 (bookworm) ships it ({@code libgnutls30} 3.7.9-2+deb12u7, the
   * {@code gnutls-serv} and {@code gnutls-cli} of this project's machines): default priority
   * string {@code NORMAL}; system priority file {@code /etc/gnutls/config}, which no Debian 12
   * package installs, so {@code @SYSTEM} (and any {@code @KEYWORD}) is a syntax error
   * ({@code gnutls-cli --list --priority @SYSTEM}: "Syntax error at: @SYSTEM"); no SSL 3.0
   * ({@code +VERS-SSL3.0} is accepted and dropped); GOST suites built in. Measured 2026-12-03.
   */
  public static final GnuTlsBuild DEBIAN_12 = new GnuTlsBuild("gnutls-debian-12", "GnuTLS 3.7.9 (Debian 12)", "3.7",
      "NORMAL", "/etc/gnutls/config", Map.of(),
      "gnutls-cli --list -d 0 --priority P on Debian 12 (gnutls-bin 3.7.9-2+deb12u7), 2026-12-03; /etc/gnutls"
          + " absent; lib/priority.c, lib/algorithms/ciphersuites.c, lib/dh.c and src/serv.c of GnuTLS 3.7.9");

  /**
   * Upstream GnuTLS 3.7 built with its default options: default priority string {@code NORMAL},
   * system priority file {@code /etc/gnutls/config} (absent unless the administrator or a
   * distribution writes one), no SSL 3.0 ({@code --enable-ssl3-support} is off by default).
   */
  public static final GnuTlsBuild GNUTLS_3_7 = new GnuTlsBuild("gnutls-3.7", "GnuTLS 3.7", "3.7", "NORMAL",
      "/etc/gnutls/config", Map.of(), "the GnuTLS manual (Priority strings, System-wide configuration of the"
          + " library), configure.ac, lib/priority.c and lib/algorithms/ciphersuites.c of GnuTLS 3.7.9");

  /**
   * Upstream GnuTLS 3.8 built with its default options: as {@link #GNUTLS_3_7} (3.8.9's keyword
   * lists, suite table and {@code set_ciphersuite_list} rules are 3.7.9's; 3.8 adds hybrid
   * post-quantum groups only when built with liboqs or leancrypto, which this model leaves out).
   */
  public static final GnuTlsBuild GNUTLS_3_8 = new GnuTlsBuild("gnutls-3.8", "GnuTLS 3.8", "3.8", "NORMAL",
      "/etc/gnutls/config", Map.of(), "the GnuTLS manual (Priority strings), lib/priority.c and"
          + " lib/algorithms/ciphersuites.c of GnuTLS 3.8.9, compared with 3.7.9");

  /** Validates the components and copies the system priorities. */
  public GnuTlsBuild {
    Preconditions.checkArgument(id != null && !id.isBlank(), () -> "a GnuTLS build needs an id");
    Preconditions.checkNotNull(name, "name");
    Preconditions.checkNotNull(release, "release");
    Preconditions.checkNotNull(defaultPriority, "defaultPriority");
    Preconditions.checkNotNull(systemPriorityFile, "systemPriorityFile");
    systemPriorities = Map.copyOf(Preconditions.checkNotNull(systemPriorities, "systemPriorities"));
    Preconditions.checkNotNull(source, "source");
  }

  /**
   * What {@code priority} enables on this build, {@code @KEYWORD} strings looked up in
   * {@link #systemPriorities()}.
   *
   * @throws IllegalArgumentException as {@link GnuTlsPriorityString#expand(String, Map)}; for an
   *     {@code @} string this build's file does not resolve, saying where the file is and what it
   *     holds
   */
  public GnuTlsPriorityString.Expansion expand(String priority) {
    Preconditions.checkNotNull(priority, "priority");
    try {
      return GnuTlsPriorityString.expand(priority, systemPriorities);
    } catch (IllegalArgumentException e) {
      if (!priority.strip().startsWith("@")) throw e;
      throw new IllegalArgumentException(name + " looks @ keywords up in " + systemPriorityFile
          + (systemPriorities.isEmpty() ? ", which it does not ship" : "") + ": " + e.getMessage(), e);
    }
  }

  /** {@link LibraryFamily#GNUTLS}. */
  @Override public LibraryFamily family() {
    return LibraryFamily.GNUTLS;
  }

  /** The build's name, e.g. {@code GnuTLS 3.7.9 (Debian 12)}. */
  @Override public String toString() {
    return name;
  }
}
