/**
 * A user's module: requires only what a user of the catalog, the handshakes and the command line
 * would, and reads every other module through them.
 */
module io.github.tlscompat.it.modular {
  requires io.github.tlscompat.profiles;
  requires io.github.tlscompat.evidence;
  requires io.github.tlscompat.cli;
  requires io.github.tlscompat.junit;
  // Data only and required by nobody: a user who wants the captured hellos puts it in the graph.
  requires io.github.tlscompat.captures;
}
