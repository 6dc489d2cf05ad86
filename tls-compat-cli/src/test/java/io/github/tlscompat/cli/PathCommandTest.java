package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tls-compat path}: the phone → HTTP proxy → AD FS → Office 365 story, hop by hop. */
class PathCommandTest {

  private static final String BACK = "schannel-client-win8.1";
  /** The seed story: every hop hardened, TLS 1.0 off. */
  private static final String[] HARDENED = {"path", "LPE-CE6", "http-proxy-tls10-disabled",
      "adfs-tls10-disabled", "office365-2020-10", "--back", BACK};
  private static final String HARDENED_ROUTE = "path: LPE-CE6 -> http-proxy-tls10-disabled (then as " + BACK
      + ") -> adfs-tls10-disabled (then as " + BACK + ") -> office365-2020-10";

  @TempDir
  Path dir;

  private static String[] with(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  @Test
  void text_hardenedProxies_namesTheFirstHopThatRefusesWhyAndTheRemedyThereAndExitsOne() {
    // WHEN
    CliRun run = CliRun.of(HARDENED);

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).containsExactly(
        "REFUSED at hop 1 of 3, http-proxy-tls10-disabled: NO_SHARED_PROTOCOL_VERSION",
        "  " + HARDENED_ROUTE,
        "  leg 1: LPE-CE6 -> http-proxy-tls10-disabled: REFUSED NO_SHARED_PROTOCOL_VERSION",
        "    detail: client offers SSLv3..TLSv1.0, server enables TLSv1.1..TLSv1.2",
        "    stage: CLIENT_HELLO",
        "    remedy at http-proxy-tls10-disabled: enable TLSv1.0: connects with TLSv1.0"
            + " TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)",
        "    all 2 remedies: tls-compat remedy --client LPE-CE6 --server http-proxy-tls10-disabled",
        "  leg 2: " + BACK + " -> adfs-tls10-disabled: not reached",
        "  leg 3: " + BACK + " -> office365-2020-10: not reached");
  }

  @Test
  void text_proxiesLeftAlone_connectsOnEveryLegAndExitsOk() {
    CliRun run = CliRun.of("path", "LPE-CE6", "windows-8.1-2012r2-schannel-default+" + BACK,
        "adfs-3.0-wap-2012r2-fallback+" + BACK, "office365-2020-10");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).containsExactly(
        "CONNECTED through 3 hops",
        "  path: LPE-CE6 -> windows-8.1-2012r2-schannel-default (then as " + BACK
            + ") -> adfs-3.0-wap-2012r2-fallback (then as " + BACK + ") -> office365-2020-10",
        "  leg 1: LPE-CE6 -> windows-8.1-2012r2-schannel-default: CONNECTED TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA",
        "  leg 2: " + BACK + " -> adfs-3.0-wap-2012r2-fallback: CONNECTED TLSv1.2"
            + " TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
        "  leg 3: " + BACK + " -> office365-2020-10: CONNECTED TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384");
  }

  @Test
  void text_passThroughThatRoutesBySni_refusesThePhoneAtThatHopWithTheRoutingRemedy() {
    CliRun run = CliRun.of("path", "LPE-CE6", "passthrough:adfs-3.0-wap-2012r2-default",
        "windows-8.1-2012r2-schannel-default");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.lines()).containsExactly(
        "REFUSED at hop 1 of 2, adfs-3.0-wap-2012r2-default: SNI_REQUIRED",
        "  path: LPE-CE6 -> passthrough:adfs-3.0-wap-2012r2-default (routes by SNI)"
            + " -> windows-8.1-2012r2-schannel-default",
        "  leg 1: LPE-CE6 -> windows-8.1-2012r2-schannel-default across adfs-3.0-wap-2012r2-default:"
            + " REFUSED SNI_REQUIRED",
        "    detail: adfs-3.0-wap-2012r2-default routes by server_name (SNI); LPE-CE6 sends none",
        "    stage: CLIENT_HELLO",
        "    remedy at adfs-3.0-wap-2012r2-default: adfs-3.0-wap-2012r2-default relays TLS and routes by"
            + " server_name, which LPE-CE6 does not send: give it a default route to"
            + " windows-8.1-2012r2-schannel-default for ClientHellos without server_name");
  }

  @Test
  void tsv_hardened_oneRowPerLegTheUnreachedOnesIncluded() {
    CliRun run = CliRun.of(with(HARDENED, "--format", "tsv"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.lines()).containsExactly(
        "leg\tclient\tserver\tcrossed\toutcome\tversion\tcipherSuite\treason\tremedy",
        "1\tLPE-CE6\thttp-proxy-tls10-disabled\t-\tREFUSED\t-\t-\tNO_SHARED_PROTOCOL_VERSION\tenable TLSv1.0:"
            + " connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)",
        "2\t" + BACK + "\tadfs-tls10-disabled\t-\tNOT_REACHED\t-\t-\t-\t-",
        "3\t" + BACK + "\toffice365-2020-10\t-\tNOT_REACHED\t-\t-\t-\t-");
  }

  @Test
  void tsv_passThroughRefuses_theRemedyColumnIsTheRoutingAdvice() {
    CliRun run = CliRun.of("path", "LPE-CE6", "passthrough:adfs-3.0-wap-2012r2-default",
        "windows-8.1-2012r2-schannel-default", "--format", "tsv");

    assertThat(run.lines()).containsExactly(
        "leg\tclient\tserver\tcrossed\toutcome\tversion\tcipherSuite\treason\tremedy",
        "1\tLPE-CE6\twindows-8.1-2012r2-schannel-default\tadfs-3.0-wap-2012r2-default\tREFUSED\t-\t-"
            + "\tSNI_REQUIRED\tadfs-3.0-wap-2012r2-default relays TLS and routes by server_name, which LPE-CE6"
            + " does not send: give it a default route to windows-8.1-2012r2-schannel-default for ClientHellos"
            + " without server_name");
  }

  @Test
  void json_hardened_isTheHopsTheLegsTheRefusingHopAndItsRemedies() throws IOException {
    CliRun run = CliRun.of(with(HARDENED, "--format", "json"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.json()).isEqualTo(new ObjectMapper().readTree("""
        {"client": "LPE-CE6",
         "hops": [
           {"hop": 1, "id": "http-proxy-tls10-disabled", "kind": "terminating", "back": "schannel-client-win8.1"},
           {"hop": 2, "id": "adfs-tls10-disabled", "kind": "terminating", "back": "schannel-client-win8.1"},
           {"hop": 3, "id": "office365-2020-10", "kind": "destination"}],
         "outcome": "REFUSED",
         "refusedAt": {"hop": 1, "id": "http-proxy-tls10-disabled"},
         "legs": [
           {"leg": 1, "client": "LPE-CE6", "server": "http-proxy-tls10-disabled", "outcome": "REFUSED",
            "version": null, "cipherSuite": null, "reason": "NO_SHARED_PROTOCOL_VERSION",
            "detail": "client offers SSLv3..TLSv1.0, server enables TLSv1.1..TLSv1.2", "stage": "CLIENT_HELLO",
            "warnings": [], "crossed": []},
           {"leg": 2, "client": "schannel-client-win8.1", "server": "adfs-tls10-disabled",
            "outcome": "NOT_REACHED", "crossed": []},
           {"leg": 3, "client": "schannel-client-win8.1", "server": "office365-2020-10",
            "outcome": "NOT_REACHED", "crossed": []}],
         "remedy": {"hop": "http-proxy-tls10-disabled", "managedService": false, "advice": null, "remedies": [
           {"rank": 1, "changes": ["enable TLSv1.0"], "version": "TLSv1.0",
            "cipherSuite": "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "grade": "weak", "concession": "weak"},
           {"rank": 2, "changes": ["enable SSLv3"], "version": "SSLv3",
            "cipherSuite": "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "grade": "weak", "concession": "insecure"}]}}
        """));
  }

  @Test
  void json_passThroughCrossed_isListedOnTheLegThatCrossesIt() throws IOException {
    CliRun run = CliRun.of("path", "LPE-CE6", "windows-8.1-2012r2-schannel-default+" + BACK,
        "passthrough:adfs-3.0-wap-2012r2-default", "office365-2020-10", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.json()).isEqualTo(new ObjectMapper().readTree("""
        {"client": "LPE-CE6",
         "hops": [
           {"hop": 1, "id": "windows-8.1-2012r2-schannel-default", "kind": "terminating",
            "back": "schannel-client-win8.1"},
           {"hop": 2, "id": "adfs-3.0-wap-2012r2-default", "kind": "passthrough", "requiresSni": true},
           {"hop": 3, "id": "office365-2020-10", "kind": "destination"}],
         "outcome": "CONNECTED",
         "refusedAt": null,
         "legs": [
           {"leg": 1, "client": "LPE-CE6", "server": "windows-8.1-2012r2-schannel-default", "outcome": "CONNECTED",
            "version": "TLSv1.0", "cipherSuite": "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "reason": null,
            "detail": null, "stage": null, "warnings": ["negotiated TLSv1.0, deprecated by RFC 8996",
            "negotiated a suite graded weak: TLS_RSA_WITH_3DES_EDE_CBC_SHA"], "crossed": []},
           {"leg": 2, "client": "schannel-client-win8.1", "server": "office365-2020-10", "outcome": "CONNECTED",
            "version": "TLSv1.2", "cipherSuite": "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "reason": null,
            "detail": null, "stage": null, "warnings": [], "crossed": ["adfs-3.0-wap-2012r2-default"]}],
         "remedy": null}
        """));
  }

  @Test
  void markdown_hardened_isTheVerdictThePathTheLegTableAndTheRemedy() {
    CliRun run = CliRun.of(with(HARDENED, "--format", "markdown"));

    assertThat(run.lines()).containsExactly(
        "REFUSED at hop 1 of 3, http-proxy-tls10-disabled: NO_SHARED_PROTOCOL_VERSION",
        "",
        HARDENED_ROUTE,
        "",
        "| leg | client | server | crossed | outcome | version | cipher suite | reason |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        "| 1 | LPE-CE6 | http-proxy-tls10-disabled | - | ❌ REFUSED | - | - | NO_SHARED_PROTOCOL_VERSION |",
        "| 2 | " + BACK + " | adfs-tls10-disabled | - | NOT_REACHED | - | - | - |",
        "| 3 | " + BACK + " | office365-2020-10 | - | NOT_REACHED | - | - | - |",
        "",
        "> client offers SSLv3..TLSv1.0, server enables TLSv1.1..TLSv1.2 (stage CLIENT_HELLO)",
        "",
        "> remedy at http-proxy-tls10-disabled: enable TLSv1.0: connects with TLSv1.0"
            + " TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)",
        "",
        "> all 2 remedies: tls-compat remedy --client LPE-CE6 --server http-proxy-tls10-disabled");
  }

  @Test
  void html_passThroughRefusal_isOnePageWithTheVerdictTheRemedyAndTheLegTable() {
    CliRun run = CliRun.of("path", "LPE-CE6", "passthrough:adfs-3.0-wap-2012r2-default",
        "windows-8.1-2012r2-schannel-default", "--format", "html");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    String body = run.out().substring(run.out().indexOf("<body>"));
    assertThat(body).isEqualTo("""
        <body>
        <h1>Path from LPE-CE6 to windows-8.1-2012r2-schannel-default</h1>
        <p>REFUSED at hop 1 of 2, adfs-3.0-wap-2012r2-default: SNI_REQUIRED</p>
        <p>path: LPE-CE6 -&gt; passthrough:adfs-3.0-wap-2012r2-default (routes by SNI) -&gt; \
        windows-8.1-2012r2-schannel-default</p>
        <p>adfs-3.0-wap-2012r2-default routes by server_name (SNI); LPE-CE6 sends none (stage CLIENT_HELLO)</p>
        <p>remedy at adfs-3.0-wap-2012r2-default: adfs-3.0-wap-2012r2-default relays TLS and routes by \
        server_name, which LPE-CE6 does not send: give it a default route to windows-8.1-2012r2-schannel-default \
        for ClientHellos without server_name</p>
        <table>
        <thead><tr><th>leg</th><th>client</th><th>server</th><th>crossed</th><th>outcome</th><th>version</th>\
        <th>cipher suite</th><th>reason</th></tr></thead>
        <tbody>
        <tr><td>1</td><td>LPE-CE6</td><td>windows-8.1-2012r2-schannel-default</td>\
        <td>adfs-3.0-wap-2012r2-default</td><td>❌ REFUSED</td><td>-</td><td>-</td><td>SNI_REQUIRED</td></tr>
        </tbody>
        </table>
        </body>
        </html>
        """);
  }

  @Test
  void hop_configurationFile_isImportedAndNamedInTheRemedyCommand() throws IOException {
    // GIVEN: a front end that kept TLS 1.2 only
    Path nginx = Files.writeString(dir.resolve("nginx.conf"), "server {\n  listen 443 ssl;\n"
        + "  ssl_protocols TLSv1.2;\n  ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA;\n}\n");

    // WHEN
    CliRun run = CliRun.of("path", "LPE-CE6", nginx.toString(), "--library", "openssl-1.1.1");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.lines()).containsExactly(
        "REFUSED at hop 1 of 1, nginx: NO_SHARED_PROTOCOL_VERSION",
        "  path: LPE-CE6 -> nginx",
        "  leg 1: LPE-CE6 -> nginx: REFUSED NO_SHARED_PROTOCOL_VERSION",
        "    detail: client offers SSLv3..TLSv1.0, server enables TLSv1.2 only",
        "    stage: CLIENT_HELLO",
        "    remedy at nginx: enable TLSv1.0, add TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0"
            + " TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)",
        "    all 16 remedies: tls-compat remedy --client LPE-CE6 --server " + nginx);
    assertThat(run.errLines()).containsExactly("tls-compat path: warning: " + nginx + ": certificates: assumed"
        + " [rsa:2048:sha256]; the file does not say what certificates the server holds (tls-compat import --cert"
        + " does)");
  }

  @Test
  void hop_terminatingWithoutItsClientSide_isBadInputSayingHowToName() {
    CliRun run = CliRun.of("path", "LPE-CE6", "http-proxy-tls10-disabled", "office365-2020-10");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("tls-compat path: Invalid value for option 'HOP 1':"
        + " 'http-proxy-tls10-disabled' terminates TLS, so it is also a client to the next hop: say which, as"
        + " http-proxy-tls10-disabled+CLIENT or with --back CLIENT (e.g. schannel-client-win8.1 for a proxy on"
        + " Windows Server 2012 R2), or make it passthrough:http-proxy-tls10-disabled if it relays TLS unchanged");
  }

  @Test
  void hop_passThroughWithAClientSide_isBadInput() {
    CliRun run = CliRun.of("path", "LPE-CE6", "passthrough:http-proxy-tls10-disabled+" + BACK, "office365-2019");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat path: Invalid value for option 'HOP 1':"
        + " 'passthrough:http-proxy-tls10-disabled+schannel-client-win8.1' is a pass-through hop: it makes no"
        + " handshake of its own, so it has no client side; drop '+schannel-client-win8.1'");
  }

  @Test
  void hop_destinationAsPassThrough_isBadInput() {
    CliRun run = CliRun.of("path", "LPE-CE6", "passthrough:office365-2019");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat path: Invalid value for option 'HOP 1':"
        + " 'passthrough:office365-2019' is the destination, where the path ends; a pass-through hop relays to"
        + " something after it");
  }

  @Test
  void hop_unknownId_isBadInputWithDidYouMean() {
    CliRun run = CliRun.of("path", "LPE-CE6", "offce365-2019");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat path: Invalid value for option 'HOP 1':"
        + " no server 'offce365-2019' in the catalog; did you mean office365-2019?");
  }

  @Test
  void text_managedServiceRefuses_theRemedyThereIsOnTheClientSideOrThePath() {
    CliRun run = CliRun.of("path", "yealink-sfb-phone-tls10-era", "office365-2020-10");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.lines()).containsExactly(
        "REFUSED at hop 1 of 1, office365-2020-10: NO_SHARED_PROTOCOL_VERSION",
        "  path: yealink-sfb-phone-tls10-era -> office365-2020-10",
        "  leg 1: yealink-sfb-phone-tls10-era -> office365-2020-10: REFUSED NO_SHARED_PROTOCOL_VERSION",
        "    detail: client offers TLSv1.0 only, server enables TLSv1.2 only",
        "    stage: CLIENT_HELLO",
        "    remedy at office365-2020-10: office365-2020-10 is a managed service (tag managed-service): its TLS"
            + " settings are not yours to change. The fix is on the client side (firmware or a client that offers"
            + " what office365-2020-10 accepts) or on the path (a proxy you run that terminates TLS in front of it"
            + " and accepts yealink-sfb-phone-tls10-era; tls-compat path checks one).");
  }

  @Test
  void text_maxConcession_capsTheRemedyAtTheRefusingHop() {
    CliRun weak = CliRun.of(with(HARDENED, "--max-concession", "weak"));
    CliRun secure = CliRun.of(with(HARDENED, "--max-concession", "secure"));

    assertThat(weak.lines().subList(5, 7)).containsExactly(
        "    remedy at http-proxy-tls10-disabled: enable TLSv1.0: connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA"
            + " (graded weak)",
        "    all 1 remedy within --max-concession weak: tls-compat remedy --client LPE-CE6 --server"
            + " http-proxy-tls10-disabled --max-concession weak");
    assertThat(secure.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(secure.lines()).containsExactly(
        "REFUSED at hop 1 of 3, http-proxy-tls10-disabled: NO_SHARED_PROTOCOL_VERSION",
        "  " + HARDENED_ROUTE,
        "  leg 1: LPE-CE6 -> http-proxy-tls10-disabled: REFUSED NO_SHARED_PROTOCOL_VERSION",
        "    detail: client offers SSLv3..TLSv1.0, server enables TLSv1.1..TLSv1.2",
        "    stage: CLIENT_HELLO",
        "    remedy at http-proxy-tls10-disabled: No remedy stays within --max-concession secure: the 2 found"
            + " concede more, the least weak: enable TLSv1.0: connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA"
            + " (graded weak)",
        "  leg 2: " + BACK + " -> adfs-tls10-disabled: not reached",
        "  leg 3: " + BACK + " -> office365-2020-10: not reached");
  }
}
