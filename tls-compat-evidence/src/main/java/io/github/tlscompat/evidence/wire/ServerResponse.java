package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything a server sent in answer to one ClientHello, as far as it can be read without keys:
 * the hello, and before TLS 1.3 the Certificate and ServerKeyExchange; or the alert; or how the
 * stream ended when it held neither. Built by {@link ServerResponseParser}.
 *
 * @param status what kind of answer it was
 * @param serverHello the TLS ServerHello or HelloRetryRequest
 * @param ssl2ServerHello the SSL 2.0 SERVER-HELLO
 * @param certificate the server's Certificate (TLS 1.2 and earlier, and SSL 2.0)
 * @param keyExchange the ServerKeyExchange (TLS 1.2 and earlier, ephemeral and export suites)
 * @param certificateRequested whether a CertificateRequest came (the server wants a client certificate)
 * @param certificateRequest what the CertificateRequest said, when one came in clear (TLS 1.2 and
 *     earlier) and decoded: the issuers the server trusts for client certificates
 * @param serverHelloDone whether the ServerHelloDone came, i.e. the server's whole first flight
 * @param alerts the alerts, in order, as long as they were readable (not encrypted)
 * @param ssl2Error the SSL 2.0 ERROR code, when the server answered with one
 * @param encryptedRecords how many records came encrypted (after a TLS 1.3 ServerHello, or after a
 *     ChangeCipherSpec), whose content a probe cannot see
 * @param notes what a person should know, e.g. what TLS 1.3 hid
 * @param problem what made the stream unreadable, with the offset, when something did
 * @param bytes how many bytes were fed in
 * @param recordVersion the legacy_record_version of the server's first TLS record, e.g. {@code 0x0303};
 *     empty for an SSL 2.0 answer or none. It says which protocol's alert codes an alert uses: SSL
 *     3.0 has no {@code protocol_version} (RFC 6101 5.4.2, added by RFC 2246 7.2.2)
 * @since 0.1.0
 */
public record ServerResponse(Status status, Optional<ServerHello> serverHello, Optional<ServerHelloSsl2> ssl2ServerHello,
    Optional<ServerCertificate> certificate, Optional<ServerKeyExchange> keyExchange, boolean certificateRequested,
    Optional<CertificateRequest> certificateRequest, boolean serverHelloDone, List<Alert> alerts, OptionalInt ssl2Error, int encryptedRecords, List<String> notes,
    Optional<String> problem, long bytes, OptionalInt recordVersion) {

  /** Validates the components and copies the lists. */
  public ServerResponse {
    Preconditions.checkNotNull(status, "status");
    Preconditions.checkNotNull(serverHello, "serverHello");
    Preconditions.checkNotNull(ssl2ServerHello, "ssl2ServerHello");
    Preconditions.checkNotNull(certificate, "certificate");
    Preconditions.checkNotNull(keyExchange, "keyExchange");
    Preconditions.checkNotNull(certificateRequest, "certificateRequest");
    Preconditions.checkNotNull(ssl2Error, "ssl2Error");
    Preconditions.checkNotNull(problem, "problem");
    Preconditions.checkNotNull(recordVersion, "recordVersion");
    alerts = List.copyOf(alerts);
    notes = List.copyOf(notes);
  }

  /**
   * The alert that ended the exchange: the first fatal one, else, when no hello came, the last one
   * (a TLS 1.3 server may send a refusal at warning level, RFC 8446 6.2).
   */
  public Optional<Alert> endingAlert() {
    for (Alert a : alerts) {
      if (a.isFatal()) return Optional.of(a);
    }
    if (serverHello.isEmpty() && ssl2ServerHello.isEmpty() && !alerts.isEmpty()) {
      return Optional.of(alerts.get(alerts.size() - 1));
    }
    return Optional.empty();
  }

  /** One line for a person, e.g. {@code SERVER_HELLO ServerHello TLSv1.2 ... ; rsa:2048:sha256}. */
  @Override public String toString() {
    StringBuilder s = new StringBuilder(status.name());
    serverHello.ifPresent(h -> s.append(' ').append(h));
    ssl2ServerHello.ifPresent(h -> s.append(' ').append(h));
    keyExchange.ifPresent(k -> s.append("; ").append(k));
    certificate.ifPresent(c -> s.append("; ").append(c));
    certificateRequest.ifPresent(r -> s.append("; ").append(r));
    if (!alerts.isEmpty()) s.append("; alerts ").append(alerts);
    ssl2Error.ifPresent(e -> s.append("; SSL 2.0 ERROR ").append(ServerHelloSsl2.errorName(e)));
    problem.ifPresent(p -> s.append("; ").append(p));
    return s.toString();
  }

  /** What kind of answer the stream held, judged by its first decisive part. */
  public enum Status {
    /** A ServerHello or a HelloRetryRequest: the server accepted the version and chose a suite. */
    SERVER_HELLO,
    /** An SSL 2.0 SERVER-HELLO: the server agreed to speak SSL 2.0. */
    SSL2_SERVER_HELLO,
    /** An alert (or an SSL 2.0 ERROR) and no hello: the server refused. */
    ALERT,
    /** The stream ended with neither a hello nor an alert, possibly with no byte at all: a close or reset. */
    CLOSED,
    /** The stream ended inside a record or handshake message, before anything decisive. */
    TRUNCATED,
    /** The bytes are TLS records, but a message in them does not decode (RFC framing violated). */
    MALFORMED,
    /** The bytes are not TLS (or SSL 2.0) records at all, e.g. an HTTP error page. */
    NOT_TLS,
    /**
     * A hello that picks what the client never offered (a version, a cipher suite, SSL 2.0): the
     * server broke the protocol, and a real client aborts (RFC 8446 4.1.3, RFC 5246 7.4.1.3). Only
     * a parser that knows the offer ({@link ServerResponseParser#ServerResponseParser(ClientHello)})
     * reports it; {@link ServerResponse#problem()} says what was offered and what was picked.
     */
    PROTOCOL_VIOLATION
  }
}
