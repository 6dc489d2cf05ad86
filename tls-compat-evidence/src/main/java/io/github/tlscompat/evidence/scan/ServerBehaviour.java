package io.github.tlscompat.evidence.scan;

import io.github.tlscompat.core.registry.ExtensionType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a scan saw of the server's code rather than its configuration: the answers a TLS library
 * gives the same way whatever an administrator enables, from which {@link LibraryIdentifier} tells
 * the library. Each is empty where no probe could read it (the version or the suites it needs are
 * not enabled, or the server refused).
 *
 * @param tls12Extensions the ServerHello extension types, in wire order, answering a TLS 1.2 (or
 *     older) hello that offers server_name, ec_point_formats, supported_groups, signature_algorithms,
 *     ALPN, session_ticket, encrypt_then_mac, extended_master_secret and renegotiation_info
 * @param tls13Extensions the ServerHello extension types, in wire order, answering a TLS 1.3 hello
 * @param retryExtensions the HelloRetryRequest extension types, in wire order, answering a TLS 1.3
 *     hello with no key share
 * @param honoursFfdheGroups whether, offered only ffdhe3072 (RFC 7919) with DHE suites before TLS
 *     1.3, it used that group; false when it used a prime of its own
 * @param takesOfferedShare whether, in TLS 1.3, it takes a key share for its second group rather than
 *     ask for its first with a HelloRetryRequest
 * @param ordersGroupsByClient whether it takes the client's group order under its own suite order
 * @param ordersSchemesByClient whether it signs TLS 1.2 key exchanges in the client's scheme order
 * @param readsSsl2Hello whether it reads an SSL 2.0-compatible hello
 * @param ignoresSupportedVersions whether, without TLS 1.3, it ignores supported_versions
 * @param tls12ForLegacyHellos whether, with TLS 1.3 and without TLS 1.2, it refuses a TLS 1.2 hello
 *     for its suites rather than its version
 * @param tls13 whether it enables TLS 1.3
 */
record ServerBehaviour(List<Integer> tls12Extensions, List<Integer> tls13Extensions, List<Integer> retryExtensions,
    Optional<Boolean> honoursFfdheGroups, Optional<Boolean> takesOfferedShare, Optional<Boolean> ordersGroupsByClient,
    Optional<Boolean> ordersSchemesByClient, Optional<Boolean> readsSsl2Hello, Optional<Boolean> ignoresSupportedVersions,
    Optional<Boolean> tls12ForLegacyHellos, boolean tls13) {

  ServerBehaviour {
    tls12Extensions = List.copyOf(tls12Extensions);
    tls13Extensions = List.copyOf(tls13Extensions);
    retryExtensions = List.copyOf(retryExtensions);
  }

  /** Extension types by their RFC names: {@code [renegotiation_info, ec_point_formats]}. */
  static String names(List<Integer> types) {
    return types.stream().map(t -> ExtensionType.fromCode(t).map(ExtensionType::name).orElse("0x" + Integer.toHexString(t)))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  @Override public String toString() {
    return "tls12Extensions=" + names(tls12Extensions) + " tls13Extensions=" + names(tls13Extensions) + " retryExtensions=" + names(retryExtensions)
        + " honoursFfdheGroups=" + honoursFfdheGroups + " takesOfferedShare=" + takesOfferedShare
        + " ordersGroupsByClient=" + ordersGroupsByClient + " ordersSchemesByClient=" + ordersSchemesByClient
        + " readsSsl2Hello=" + readsSsl2Hello + " ignoresSupportedVersions=" + ignoresSupportedVersions
        + " tls12ForLegacyHellos=" + tls12ForLegacyHellos + " tls13=" + tls13;
  }
}
