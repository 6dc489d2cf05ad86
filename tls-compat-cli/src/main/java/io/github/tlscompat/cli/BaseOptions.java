package io.github.tlscompat.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --base ID|FILE}: the server a partial configuration changes, shared as a picocli mixin by
 * the commands that take a server as a file ({@code check}, {@code simulate}, {@code diff},
 * {@code remedy}, {@code path}). A {@code .reg} export, {@code Get-TlsCipherSuite} output or a
 * {@code jdk.tls.disabledAlgorithms} value says only what it changes; the rest comes from the base,
 * which without this option is assumed per type and said on stderr.
 */
final class BaseOptions {

  @Option(names = "--base", paramLabel = "ID|FILE",
      description = "The server a partial configuration given as a server (.reg export,"
          + " Get-TlsCipherSuite output, jdk.tls.disabledAlgorithms) changes: an id or a profile file."
          + " Default: per type (windows-server-2022-schannel-default, jdk-17-default), said on stderr.")
  String base;

  /** Hands {@code --base} to the catalog before anything loads it. */
  CatalogOptions applyTo(CatalogOptions catalog) {
    catalog.base(Optional.ofNullable(base));
    return catalog;
  }
}
