package io.github.tlscompat.evidence.scan;

import static io.github.tlscompat.core.registry.ExtensionType.application_layer_protocol_negotiation;
import static io.github.tlscompat.core.registry.ExtensionType.cookie;
import static io.github.tlscompat.core.registry.ExtensionType.ec_point_formats;
import static io.github.tlscompat.core.registry.ExtensionType.encrypt_then_mac;
import static io.github.tlscompat.core.registry.ExtensionType.extended_master_secret;
import static io.github.tlscompat.core.registry.ExtensionType.key_share;
import static io.github.tlscompat.core.registry.ExtensionType.renegotiation_info;
import static io.github.tlscompat.core.registry.ExtensionType.server_name;
import static io.github.tlscompat.core.registry.ExtensionType.session_ticket;
import static io.github.tlscompat.core.registry.ExtensionType.supported_versions;

import io.github.tlscompat.core.library.LibraryFamily;
import io.github.tlscompat.core.registry.ExtensionType;
import io.github.tlscompat.evidence.scan.LibraryIdentification.Confidence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells the library from a scan's {@link ServerBehaviour}, by elimination among the families whose
 * behaviour has been measured ({@link LibraryIdentification#MEASURED}).
 *
 * <p>Two kinds of observation. The order of the extensions in a ServerHello or HelloRetryRequest
 * is written by the library's code and no configuration changes it, only which extensions appear;
 * so an order decides. A behaviour a habit names (the group order, RFC 7919 groups in TLS 1.2, a
 * key share taken or retried) is each library's default, which an emulated server (and, for a few,
 * a setting) can change: it narrows what the orders leave, and where it contradicts the family
 * they tell, it is said and the confidence drops to {@code medium}.
 *
 * <p>The signatures below were measured on 2026-12-03 against OpenSSL 3.0.19 ({@code openssl
 * s_server}, nginx 1.22.1, Apache httpd 2.4), GnuTLS 3.7.9 ({@code gnutls-serv}), SunJSSE (JDK 17
 * and 25) and BCJSSE 1.83 with Bouncy Castle's TLS API under it (tls-compat-crosscheck
 * {@code ScanCrossCheckTest}); the OpenSSL order is {@code ext_defs} in {@code ssl/statem/extensions.c}.
 */
final class LibraryIdentifier {
  private LibraryIdentifier() {}

  /** What one family does: its extension orders, what it never or always sends, its defaults. */
  private record Signature(LibraryFamily family, List<ExtensionType> tls12Order, Set<ExtensionType> tls12Never,
      List<ExtensionType> tls13Order, List<ExtensionType> retryOrder, Set<ExtensionType> retryAlways,
      Set<ExtensionType> retryNever, boolean honoursFfdheGroups, Optional<Boolean> takesOfferedShare,
      boolean ordersGroupsByClient, boolean ignoresSupportedVersions, Optional<Boolean> tls12ForLegacyHellos,
      Optional<String> tls13Releases) {}

  private static final List<Signature> SIGNATURES = List.of(
      new Signature(LibraryFamily.OPENSSL,
          List.of(renegotiation_info, server_name, ec_point_formats, session_ticket,
              application_layer_protocol_negotiation, encrypt_then_mac, extended_master_secret),
          Set.of(), List.of(supported_versions, key_share), List.of(supported_versions, key_share), Set.of(),
          Set.of(cookie), false, Optional.of(true), false, false, Optional.of(false), Optional.of("1.1.1 or later")),
      new Signature(LibraryFamily.GNUTLS,
          List.of(ec_point_formats, encrypt_then_mac, extended_master_secret, renegotiation_info),
          Set.of(), List.of(key_share, supported_versions), List.of(key_share, supported_versions), Set.of(),
          Set.of(), true, Optional.of(false), false, true, Optional.of(true), Optional.of("3.6.5 or later")),
      new Signature(LibraryFamily.SUNJSSE,
          List.of(extended_master_secret, session_ticket, renegotiation_info),
          Set.of(ec_point_formats, encrypt_then_mac), List.of(supported_versions, key_share),
          List.of(supported_versions, cookie, key_share), Set.of(cookie), Set.of(), true, Optional.of(true), true, false,
          Optional.of(false), Optional.of("in JDK 11 or later (or 8u261 or later)")),
      new Signature(LibraryFamily.BCJSSE,
          List.of(extended_master_secret, encrypt_then_mac, renegotiation_info, ec_point_formats),
          Set.of(session_ticket), List.of(supported_versions, key_share),
          // Which share BCJSSE takes follows the client's group order, so a share for the server's
          // second group is retried or not as the client lists its groups: no default to compare.
          List.of(supported_versions, key_share, cookie), Set.of(cookie), Set.of(), true, Optional.empty(), true, false,
          Optional.empty(), Optional.empty()));

  /** One observation: what was seen, and which families it leaves; {@code decides} for an extension order. */
  private record Observation(String text, Set<LibraryFamily> consistent, boolean decides) {}

  static LibraryIdentification identify(ServerBehaviour b) {
    List<Observation> seen = observations(b);
    if (seen.isEmpty()) {
      return LibraryIdentification.unknown("no probe read an answer that tells libraries apart (no ServerHello"
          + " to a TLS 1.0 to 1.3 hello)", List.of());
    }
    Set<LibraryFamily> byOrder = EnumSet.copyOf(LibraryIdentification.MEASURED);
    for (Observation o : seen) {
      if (o.decides()) byOrder.retainAll(o.consistent());
    }
    List<String> texts = seen.stream().map(Observation::text).toList();
    if (byOrder.isEmpty()) {
      return LibraryIdentification.unknown("its extension orders match none of the libraries measured ("
          + names(LibraryIdentification.MEASURED) + ")", texts);
    }
    // Defaults narrow what the orders leave, as long as they leave a family.
    Set<LibraryFamily> candidates = EnumSet.copyOf(byOrder);
    for (Observation o : seen) {
      if (o.decides()) continue;
      Set<LibraryFamily> narrowed = EnumSet.copyOf(candidates);
      narrowed.retainAll(o.consistent());
      if (!narrowed.isEmpty()) candidates = narrowed;
    }
    if (candidates.size() > 1) {
      return LibraryIdentification.unknown("the answers fit " + names(candidates) + " alike; "
          + "what tells them apart was not read (" + apart(b) + ")", texts);
    }
    LibraryFamily family = candidates.iterator().next();
    Signature s = SIGNATURES.stream().filter(x -> x.family() == family).findFirst().orElseThrow();
    List<String> decided = new ArrayList<>();
    List<String> contradictions = new ArrayList<>();
    int fewest = Integer.MAX_VALUE;
    for (LibraryFamily other : LibraryIdentification.MEASURED) {
      if (other == family) continue;
      int ruledOut = 0;
      for (Observation o : seen) {
        if (o.consistent().contains(family) && !o.consistent().contains(other)) ruledOut++;
      }
      fewest = Math.min(fewest, ruledOut);
    }
    for (Observation o : seen) {
      if (o.consistent().contains(family)) {
        decided.add(o.text());
      } else {
        contradictions.add(o.text() + ", unlike " + family.displayName() + "'s default (a setting, or an emulation)");
      }
    }
    decided.addAll(contradictions);
    Confidence confidence = fewest >= 2 && contradictions.isEmpty() ? Confidence.HIGH : Confidence.MEDIUM;
    return LibraryIdentification.of(family, b.tls13() ? s.tls13Releases() : Optional.empty(), confidence, decided);
  }

  private static List<Observation> observations(ServerBehaviour b) {
    List<Observation> out = new ArrayList<>();
    if (!b.tls12Extensions().isEmpty()) {
      out.add(order("ServerHello extensions answering TLS 1.2", b.tls12Extensions(),
          s -> fits(b.tls12Extensions(), s.tls12Order(), s.tls12Never(), Set.of())));
    }
    if (!b.tls13Extensions().isEmpty()) {
      out.add(order("TLS 1.3 ServerHello extensions", b.tls13Extensions(),
          s -> fits(b.tls13Extensions(), s.tls13Order(), Set.of(), Set.of())));
    }
    if (!b.retryExtensions().isEmpty()) {
      out.add(order("HelloRetryRequest extensions", b.retryExtensions(),
          s -> fits(b.retryExtensions(), s.retryOrder(), s.retryNever(), s.retryAlways())));
    }
    b.honoursFfdheGroups().ifPresent(v -> out.add(habit(v ? "DHE takes the client's ffdhe3072 (RFC 7919)"
        : "DHE ignores the client's ffdhe3072 (RFC 7919) for a prime of its own", s -> s.honoursFfdheGroups() == v)));
    b.takesOfferedShare().ifPresent(v -> out.add(habit(v ? "TLS 1.3 takes a key share for its second group"
        : "TLS 1.3 asks for its first group with a HelloRetryRequest despite a share for its second",
        s -> s.takesOfferedShare().map(x -> x == v).orElse(true))));
    b.ordersGroupsByClient().ifPresent(v -> out.add(habit(v ? "groups follow the client's order"
        : "groups follow the server's order", s -> s.ordersGroupsByClient() == v)));
    b.ignoresSupportedVersions().ifPresent(v -> out.add(habit(v ? "without TLS 1.3, supported_versions is ignored"
        : "without TLS 1.3, supported_versions is read", s -> s.ignoresSupportedVersions() == v)));
    b.tls12ForLegacyHellos().ifPresent(v -> out.add(habit(v
        ? "a TLS 1.2 hello to a TLS 1.3-only server is refused for its suites"
        : "a TLS 1.2 hello to a TLS 1.3-only server is refused for its version",
        s -> s.tls12ForLegacyHellos().map(x -> x == v).orElse(true))));
    return out;
  }

  private static Observation order(String what, List<Integer> types, Function<Signature, Boolean> fits) {
    Set<LibraryFamily> consistent = consistent(fits);
    String text = what + " " + ServerBehaviour.names(types) + (consistent.isEmpty() ? " (no measured library's order)"
        : consistent.size() == 1 ? " in " + names(consistent) + "'s order" : " in the order of " + names(consistent));
    return new Observation(text, consistent, true);
  }

  private static Observation habit(String text, Function<Signature, Boolean> fits) {
    Set<LibraryFamily> consistent = consistent(fits);
    return new Observation(text + " (" + (consistent.isEmpty() ? "no measured library" : names(consistent)) + ")",
        consistent, false);
  }

  private static Set<LibraryFamily> consistent(Function<Signature, Boolean> fits) {
    Set<LibraryFamily> out = EnumSet.noneOf(LibraryFamily.class);
    for (Signature s : SIGNATURES) {
      if (fits.apply(s)) out.add(s.family());
    }
    return out;
  }

  /**
   * Whether {@code seen} can come from a library that writes extensions in {@code order}: no type it
   * never sends, every type it always sends, and any two types it orders in its order (a type it
   * was not measured sending says nothing).
   */
  static boolean fits(List<Integer> seen, List<ExtensionType> order, Set<ExtensionType> never,
      Set<ExtensionType> always) {
    for (ExtensionType t : never) if (seen.contains(t.code())) return false;
    for (ExtensionType t : always) if (!seen.contains(t.code())) return false;
    int last = -1;
    for (int type : seen) {
      int at = -1;
      for (int i = 0; i < order.size(); i++) if (order.get(i).code() == type) at = i;
      if (at < 0) continue;
      if (at < last) return false;
      last = at;
    }
    return true;
  }

  /** What would tell these families apart, for the unknown case's reason. */
  private static String apart(ServerBehaviour b) {
    List<String> missing = new ArrayList<>();
    if (b.tls12Extensions().isEmpty()) missing.add("no TLS 1.0 to 1.2 hello was answered");
    if (b.retryExtensions().isEmpty()) missing.add("no HelloRetryRequest was read");
    if (missing.isEmpty()) missing.add("their extension orders and defaults agree on what was read");
    return String.join(", ", missing);
  }

  private static String names(java.util.Collection<LibraryFamily> families) {
    return families.stream().map(LibraryFamily::displayName).collect(Collectors.joining(" or "));
  }
}
