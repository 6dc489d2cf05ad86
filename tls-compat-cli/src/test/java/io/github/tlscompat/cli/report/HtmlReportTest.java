package io.github.tlscompat.cli.report;

import static io.github.tlscompat.core.registry.CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_RSA_WITH_RC4_128_MD5;
import static io.github.tlscompat.core.registry.ProtocolVersion.SSL_3_0;
import static io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_0;
import static io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_1;
import static io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.algebra.Matrix;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  static final ClientProfile PHONE = ClientProfile.builder("phone", "TLS 1.0 desk phone")
      .versions(SSL_3_0, TLS_1_0).cipherSuites(TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_3DES_EDE_CBC_SHA)
      .sendsSni(false).build();
  static final ClientProfile BROWSER = ClientProfile.builder("browser", "TLS 1.2 browser")
      .versions(TLS_1_2).cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA)
      .groups(List.of(NamedGroup.x25519)).signatureAlgorithms(List.of(SignatureScheme.rsa_pkcs1_sha256)).build();
  static final ServerPolicy LEGACY = ServerPolicy.builder("legacy", "TLS 1.0-1.2 with 3DES")
      .versions(TLS_1_0, TLS_1_1, TLS_1_2)
      .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA)
      .build();
  static final ServerPolicy TLS12 = ServerPolicy.builder("tls12", "TLS 1.2 only")
      .versions(TLS_1_2).cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256).build();

  static final Map<String, Set<String>> TAGS = Map.of(
      "phone", Set.of("phone", "lync"), "browser", Set.of("browser"),
      "legacy", Set.of("iis", "legacy"), "tls12", Set.of("modern"));

  private static String render(List<ClientProfile> clients, List<ServerPolicy> servers, Function<String, Set<String>> tags) {
    return HtmlReport.render(Matrix.of(clients, servers), tags);
  }

  private static String render() {
    return render(List.of(PHONE, BROWSER), List.of(LEGACY, TLS12), TAGS::get);
  }

  /** The title and text of each cell, in document order. */
  private static List<String[]> cells(String html) {
    Matcher m = Pattern.compile("<td class=\"cell ([^\"]+)\"[^>]* title=\"([^\"]*)\">([^<]*)</td>").matcher(html);
    return m.results().map(r -> new String[] {r.group(1), r.group(2), r.group(3)}).toList();
  }

  @Test
  void render_smallMatrix_oneCellPerPairWithShortTextAndFullTitle() {
    // WHEN
    List<String[]> cells = cells(render());

    // THEN
    assertThat(cells).extracting(c -> c[0] + " | " + c[2]).containsExactly(
        "ok-weak | 1.0 \u26A0", "refused | \u2717 ver", "ok-secure | 1.2 \u2713", "ok-recommended | 1.2 \u2605");
    assertThat(cells.get(1)[1]).isEqualTo("phone \u2192 tls12\n"
        + "Refused: NO_SHARED_PROTOCOL_VERSION (no shared protocol version)\n"
        + "Stage: CLIENT_HELLO\n"
        + "Detail: " + Html.escape(Matrix.of(List.of(PHONE), List.of(TLS12)).get("phone", "tls12")
            .toString().replaceFirst("^REFUSED NO_SHARED_PROTOCOL_VERSION - ", "")));
    assertThat(cells.get(0)[1]).isEqualTo("phone \u2192 legacy\n"
        + "Connected: TLSv1.0\n"
        + "Suite: TLS_RSA_WITH_3DES_EDE_CBC_SHA (weak)\n"
        + "Certificate: rsa:2048:sha256\n"
        + "Warning: negotiated TLSv1.0, deprecated by RFC 8996\n"
        + "Warning: negotiated a suite graded weak: TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(cells.get(3)[1]).contains("Group: x25519\n", "Signature: rsa_pkcs1_sha256\n");
  }

  @Test
  void render_idWithScriptTag_escapedInTextAndAttributes() {
    // GIVEN
    ClientProfile evil = PHONE.toBuilder().id("<script>alert(1)</script>").name("\"><img src=x onerror=alert(2)>").build();

    // WHEN
    String html = render(List.of(evil), List.of(TLS12), id -> Set.of("<b>tag</b>", "a'b"));

    // THEN
    assertThat(html).doesNotContain("<script>alert", "<img", "<b>tag")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;",
            "&lt;b&gt;tag&lt;/b&gt;", "a&#39;b");
    assertThat(Pattern.compile("<script").matcher(html).results().count()).as("only the page's own script").isEqualTo(1);
  }

  @Test
  void escape_controlCharactersAndQuotes_replacedOrReferenced() {
    assertThat(Html.escape("a&b<c>d\"e'f\u0000g\u0085h\ni\r")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f\uFFFDg\uFFFDh\ni");
  }

  @Test
  void render_always_legendShowsEveryGradeRefusedAndTheReasonsThatOccur() {
    // WHEN
    String html = render();

    // THEN
    String legend = html.substring(html.indexOf("<section class=\"legend\""), html.indexOf("</section>"));
    assertThat(legend).contains(
        "<span class=\"swatch ok-recommended\">\u2605</span> connected, recommended suite",
        "<span class=\"swatch ok-secure\">\u2713</span> connected, secure suite",
        "<span class=\"swatch ok-weak\">\u26A0</span> connected, weak suite",
        "<span class=\"swatch ok-insecure\">\u2620</span> connected, insecure suite",
        "<span class=\"swatch refused\">\u2717</span> refused",
        "<dt>\u2717 ver</dt><dd>no shared protocol version (1)</dd>");
    assertThat(legend).doesNotContain("no shared cipher suite");
  }

  @Test
  void render_filters_listEveryTagOfEachSideOnceWithItsCount() {
    // WHEN
    String html = render();

    // THEN
    Matcher boxes = Pattern.compile("<input type=\"checkbox\" data-side=\"(\\w+)\" value=\"(\\d+)\"> ([^<]+) <small>(\\d+)</small>")
        .matcher(html);
    assertThat(boxes.results().map(r -> r.group(1) + ":" + r.group(2) + ":" + r.group(3) + ":" + r.group(4)))
        .containsExactly("client:0:browser:1", "client:1:lync:1", "client:2:phone:1",
            "server:0:iis:1", "server:1:legacy:1", "server:2:modern:1");
    assertThat(html).contains("<tr data-tags=\"0\"><th scope=\"row\"")
        .containsPattern("<tr data-tags=\"(1 2|2 1)\"><th scope=\"row\"")
        .containsPattern("<th scope=\"col\" data-tags=\"(0 1|1 0)\" title=\"TLS 1.0-1.2 with 3DES\nlegacy\n");
  }

  @Test
  void render_summaryLine_countsClientsServersAndRefusedPairs() {
    assertThat(render()).contains("<p id=\"summary\" class=\"summary\" aria-live=\"polite\">"
        + "2 clients, 2 servers: 1 refused pair of 4</p>");
  }

  @Test
  void render_page_fetchesNothingAndForbidsFetching() {
    // WHEN
    String html = render();

    // THEN
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .doesNotContain("src=\"", "href=", "url(", "@import", "http://", "https://");
  }

  @Test
  void render_sameMatrixTwice_sameBytes() {
    assertThat(render()).isEqualTo(render());
  }

  @Test
  void render_tagsFunctionReturnsNull_failsNamingTheId() {
    assertThatThrownBy(() -> render(List.of(PHONE), List.of(TLS12), id -> null))
        .isInstanceOf(NullPointerException.class).hasMessage("no tags (null) for 'phone'");
  }
}
