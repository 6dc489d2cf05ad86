package io.github.tlscompat.crosscheck;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.evidence.wire.Observation;
import java.util.Optional;

/**
 * The reason class of a refusal by a server on OpenSSL ({@code openssl s_server}, nginx, Apache
 * httpd's mod_ssl): the alert it sends instead of a ServerHello for each reason the model predicts,
 * as measured on Debian 12's OpenSSL 3.0.19 with hand-made ClientHellos. A refusal cell agrees in
 * reason only when the wire shows that alert; a close, or an alert that names no reason, agrees with
 * none (the evidence's own comparison takes those as consistent with any refusal).
 *
 * <ul>
 *   <li>{@code NO_SHARED_PROTOCOL_VERSION}: {@code protocol_version(70)}; to an SSL 3.0 hello, a
 *       {@code handshake_failure(40)} in an SSL 3.0 record (the evidence reads both so).</li>
 *   <li>No shared suite, group or signature scheme, no suite for the certificate:
 *       {@code handshake_failure(40)} ("no shared cipher", "no suitable signature algorithm").</li>
 *   <li>{@code SIGNATURE_FORBIDDEN_BY_LIBRARY}: {@code internal_error(80)} when the server took the
 *       hello as TLS 1.0 or 1.1 ({@code tls_choose_sigalg}: "no suitable signature algorithm"),
 *       {@code handshake_failure(40)} in TLS 1.2 (no signature_algorithms, or only SHA-1 ones).</li>
 * </ul>
 */
final class OpenSslRefusals {
  private OpenSslRefusals() {}

  /** Whether a cell where both refuse agrees in reason class; any other cell, whether it agrees at all. */
  static boolean agreesInReasonClass(CrossCheck.Cell cell, ServerPolicy policy) {
    if (!(cell.model() instanceof Refused refused) || cell.wire().outcome() == Observation.Outcome.CONNECTED) {
      return cell.disagreement().isEmpty();
    }
    if (cell.disagreement().isPresent()) return false;
    Optional<AlertDescription> seen = cell.wire().alert().flatMap(a -> a.knownDescription());
    if (seen.isEmpty()) return false;
    if (refused.reason() == Refused.Reason.NO_SHARED_PROTOCOL_VERSION) {
      return cell.wire().consistentReasons().contains(Refused.Reason.NO_SHARED_PROTOCOL_VERSION);
    }
    return expectedAlert(refused, cell.client(), policy).filter(seen.get()::equals).isPresent();
  }

  /** The alert an OpenSSL server sends for a refusal at the ClientHello, or empty for one it does not make. */
  static Optional<AlertDescription> expectedAlert(Refused refused, ClientProfile client, ServerPolicy policy) {
    return switch (refused.reason()) {
      case NO_SHARED_PROTOCOL_VERSION -> Optional.of(AlertDescription.protocol_version);
      case NO_SHARED_CIPHER_SUITE, NO_CIPHER_SUITE_FOR_CERTIFICATE, NO_SHARED_GROUP, NO_SHARED_SIGNATURE_SCHEME ->
          Optional.of(AlertDescription.handshake_failure);
      case SIGNATURE_FORBIDDEN_BY_LIBRARY -> Optional.of(versionTaken(client, policy).isOlderThan(ProtocolVersion.TLS_1_2)
          ? AlertDescription.internal_error : AlertDescription.handshake_failure);
      default -> Optional.empty();
    };
  }

  /** The version the server takes the hello as: the newest both enable, TLS 1.2 at most without supported_versions. */
  private static ProtocolVersion versionTaken(ClientProfile client, ServerPolicy policy) {
    ProtocolVersion taken = ProtocolVersion.TLS_1_0;
    for (ProtocolVersion v : client.versions()) {
      if (policy.versions().contains(v) && (v != ProtocolVersion.TLS_1_3 || client.sendsSupportedVersions())) taken = v;
    }
    return taken;
  }
}
