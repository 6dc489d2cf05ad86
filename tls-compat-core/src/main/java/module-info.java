/**
 * The tls-compat model: the TLS parameter registry, client profiles and server policies, the
 * negotiation engine, the algebra over it, remedies, connection paths, configuration import and
 * export, and OpenSSL cipher strings. No third-party dependency and no I/O.
 *
 * <p>{@code io.github.tlscompat.core.internal} is shared with tls-compat's own modules only; it is
 * not API.
 *
 * @since 0.1.0
 */
// The modules internal is exported to are built after this one, so javac cannot see them here.
@SuppressWarnings("module")
module io.github.tlscompat.core {
  exports io.github.tlscompat.core.algebra;
  exports io.github.tlscompat.core.cipherstring;
  exports io.github.tlscompat.core.config;
  exports io.github.tlscompat.core.library;
  exports io.github.tlscompat.core.model;
  exports io.github.tlscompat.core.negotiation;
  exports io.github.tlscompat.core.path;
  exports io.github.tlscompat.core.registry;
  exports io.github.tlscompat.core.remedy;

  exports io.github.tlscompat.core.internal to
      io.github.tlscompat.evidence,
      io.github.tlscompat.profiles,
      io.github.tlscompat.cli;
}
