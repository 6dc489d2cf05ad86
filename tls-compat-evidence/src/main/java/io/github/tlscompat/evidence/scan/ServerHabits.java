package io.github.tlscompat.evidence.scan;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.evidence.wire.ServerCertificate;
import io.github.tlscompat.evidence.wire.ServerHello;
import io.github.tlscompat.evidence.wire.ServerResponse;
import java.util.List;
import java.util.Optional;

/**
 * Reads the answers of a scan's last phase into the policy: the SNI requirement and fallback
 * certificate, and each {@link ServerHabit} a probe can tell; what an answer does not settle is
 * said in the scan's {@code unconfirmed}, and the habit keeps its default.
 */
final class ServerHabits {
  private ServerHabits() {}

  static void read(Scan scan, ServerPolicy.Builder b, String sni, ServerResponse[] sniAnswers, ServerResponse ssl2Hello,
      ServerResponse versionsHabit, ProtocolVersion legacyMax, ProtocolVersion other, ServerResponse legacyHabit,
      ServerResponse groupHabit, List<NamedGroup> groups, ServerResponse shareHabit, ServerResponse curveHabit,
      SignatureScheme foreign) {
    boolean requiresSni = sni(scan, b, sni, sniAnswers);
    if (ssl2Hello != null) {
      // protocol_version is an answer only a server that read the hello's version can give.
      if (ssl2Hello.serverHello().isPresent() || Scan.isRefusal(ssl2Hello, AlertDescription.protocol_version)) {
        b.habit(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO, true);
        scan.measured(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO.jsonName());
      } else if (requiresSni) {
        scan.unconfirmed("acceptsSsl2CompatibleHello: an SSL 2.0-compatible hello, which cannot carry server_name,"
            + " got " + Scan.answer(ssl2Hello) + ", as any hello without server_name does");
      } else if (ssl2Hello.status() == ServerResponse.Status.ALERT) {
        b.habit(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO, false);
        scan.measured(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO.jsonName());
      } else {
        // A close without an alert is also what a server does that reads the hello but cannot go on.
        scan.unconfirmed("acceptsSsl2CompatibleHello: an SSL 2.0-compatible hello got " + Scan.answer(ssl2Hello)
            + ", which does not say whether the server read it");
      }
    }
    if (versionsHabit != null) {
      Optional<ServerHello> h = versionsHabit.serverHello();
      if (h.isPresent() && h.get().version() == legacyMax.code()) {
        habit(scan, b, ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13, true);
      } else if (h.isPresent() && h.get().version() == other.code()
          || Scan.isRefusal(versionsHabit, AlertDescription.protocol_version)) {
        habit(scan, b, ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13, false);
      } else {
        scan.unconfirmed("ignoresSupportedVersionsWithoutTls13: legacy_version " + legacyMax.displayName()
            + " with supported_versions [" + other.displayName() + "] got " + Scan.answer(versionsHabit));
      }
    }
    if (legacyHabit != null) {
      if (Scan.isRefusal(legacyHabit, AlertDescription.handshake_failure)) {
        habit(scan, b, ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS, true);
      } else if (Scan.isRefusal(legacyHabit, AlertDescription.protocol_version)) {
        habit(scan, b, ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS, false);
      } else {
        scan.unconfirmed("negotiatesTls12ForLegacyHellos: a TLS 1.2 hello without supported_versions got "
            + Scan.answer(legacyHabit));
      }
    }
    if (groupHabit != null) {
      Optional<NamedGroup> g = groupHabit.serverHello().flatMap(ServerHello::group)
          .or(() -> groupHabit.keyExchange().flatMap(k -> k.group()));
      if (g.equals(Optional.of(groups.get(0)))) {
        habit(scan, b, ServerHabit.ORDERS_GROUPS_BY_CLIENT, false);
      } else if (g.equals(Optional.of(groups.get(1)))) {
        habit(scan, b, ServerHabit.ORDERS_GROUPS_BY_CLIENT, true);
      } else {
        scan.unconfirmed("ordersGroupsByClient: offering " + groups.get(1) + " before " + groups.get(0) + " got "
            + Scan.answer(groupHabit));
      }
    }
    if (shareHabit != null) {
      Optional<ServerHello> h = shareHabit.serverHello();
      if (h.isPresent() && !h.get().helloRetryRequest() && h.get().group().equals(Optional.of(groups.get(1)))) {
        scan.note("key_share: takes a client's share for " + groups.get(1) + " rather than ask for " + groups.get(0)
            + " with a HelloRetryRequest");
      } else {
        scan.unconfirmed("key_share: given a share for " + groups.get(1) + ", the server answered "
            + Scan.answer(shareHabit) + "; the model has a server take a share for any group it accepts");
      }
    }
    if (curveHabit != null) {
      Optional<SignatureScheme> s = curveHabit.keyExchange().flatMap(k -> k.scheme());
      if (s.equals(Optional.of(foreign))) {
        habit(scan, b, ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE, false);
      } else if (curveHabit.status() == ServerResponse.Status.SERVER_HELLO
          || curveHabit.status() == ServerResponse.Status.ALERT || curveHabit.status() == ServerResponse.Status.CLOSED) {
        // Refused, before or after its ServerHello, or signed with a scheme it was not offered: not the other curve's.
        habit(scan, b, ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE, true);
      } else {
        scan.unconfirmed("bindsEcdsaSchemesToCurve: offering only " + foreign + " in TLS 1.2 got "
            + Scan.answer(curveHabit));
      }
    }
  }

  /** Whether the server refuses clients without server_name (or serves them another certificate). */
  private static boolean sni(Scan scan, ServerPolicy.Builder b, String sni, ServerResponse[] answers) {
    if (sni == null) {
      scan.unconfirmed("requiresSni: scanned without a server name (an IP address and no --sni), so what the server"
          + " does with one cannot be compared");
      return false;
    }
    ServerResponse with = answers[0];
    ServerResponse without = answers[1];
    ServerResponse unknown = answers[2];
    Optional<CertificateSpec> named = certificate(with);
    scan.measured("requiresSni");
    if (without.serverHello().isEmpty()) {
      b.requiresSni(true);
      scan.note("requiresSni: a hello without server_name got " + Scan.answer(without));
    } else {
      Optional<CertificateSpec> bare = certificate(without);
      if (with.serverHello().map(ServerHello::isTls13).orElse(false)) {
        scan.unconfirmed("fallbackCertificate: TLS 1.3 hides the certificate a hello without server_name gets");
      } else if (bare.isPresent() && named.isPresent() && !bare.equals(named)) {
        b.requiresSni(true).fallbackCertificate(bare.get());
        scan.measured("fallbackCertificate");
      } else {
        b.requiresSni(false);
      }
    }
    if (unknown.serverHello().isEmpty()) {
      scan.note("server_name: a name the server does not know (" + Scan.UNKNOWN_NAME + ") got " + Scan.answer(unknown));
    } else if (certificate(unknown).isPresent() && !certificate(unknown).equals(named)) {
      scan.note("server_name: a name the server does not know (" + Scan.UNKNOWN_NAME + ") gets another certificate, "
          + certificate(unknown).get());
    }
    return b.build().requiresSni();
  }

  static void sniAfterVersion(Scan scan, ServerPolicy.Builder b, ServerResponse disabledVersion, ServerResponse withoutSni) {
    boolean sniAlertIsVersion = Scan.isRefusal(withoutSni, AlertDescription.protocol_version);
    if (Scan.isRefusal(disabledVersion, AlertDescription.protocol_version) && !sniAlertIsVersion) {
      habit(scan, b, ServerHabit.CHECKS_SNI_AFTER_VERSION, true);
    } else if (disabledVersion.endingAlert().equals(withoutSni.endingAlert())
        && disabledVersion.status() == withoutSni.status()) {
      habit(scan, b, ServerHabit.CHECKS_SNI_AFTER_VERSION, false);
    } else {
      scan.unconfirmed("checksSniAfterVersion: a hello without server_name in a version the server does not enable got "
          + Scan.answer(disabledVersion) + ", one in a version it enables " + Scan.answer(withoutSni));
    }
  }

  private static Optional<CertificateSpec> certificate(ServerResponse r) {
    return r.certificate().flatMap(ServerCertificate::first);
  }

  private static void habit(Scan scan, ServerPolicy.Builder b, ServerHabit habit, boolean has) {
    b.habit(habit, has);
    scan.measured(habit.jsonName());
  }
}
