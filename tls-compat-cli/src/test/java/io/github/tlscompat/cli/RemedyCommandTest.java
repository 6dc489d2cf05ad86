package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class RemedyCommandTest {

  private static final String FIPS = "iiscrypto-3.2-fips-140-2-win2012r2";

  @Test
  void text_lpeVsOffice365_2019_listsProvenChangesBestFirst() {
    // WHEN
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines().get(0)).startsWith("LPE-CE6 is refused by office365-2019: NO_SHARED_CIPHER_SUITE"
        + " - for TLSv1.0 client offers [");
    assertThat(run.lines().subList(1, 4)).containsExactly("",
        "Each of these re-admits it, best first (the weakest concession last):",
        "  1. add TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA"
            + " (graded weak)");
    assertThat(run.lines().get(run.lines().size() - 1)).matches("  \\d+\\. .*\\(graded insecure\\)");
  }

  @Test
  void text_alreadyConnects_saysSoAndExitsOk() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", FIPS);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly("LPE-CE6 already connects to " + FIPS
        + " with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA: nothing to change.");
  }

  @Test
  void tsv_always_rankChangesVersionSuiteGrade() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--format", "tsv");

    assertThat(run.lines().subList(0, 2)).containsExactly("rank\tchanges\tversion\tcipherSuite\tgrade",
        "1\tadd TLS_RSA_WITH_3DES_EDE_CBC_SHA\tTLSv1.0\tTLS_RSA_WITH_3DES_EDE_CBC_SHA\tweak");
    assertThat(run.lines()).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(5));
  }

  @Test
  void json_always_isThePairWithItsRemedies() {
    JsonNode o = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--format", "json")
        .json();

    assertThat(o.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(o.get("reason").asText()).isEqualTo("NO_SHARED_CIPHER_SUITE");
    JsonNode first = o.get("remedies").get(0);
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("changes").get(0).asText()).isEqualTo("add TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(first.get("version").asText()).isEqualTo("TLSv1.0");
    assertThat(first.get("cipherSuite").asText()).isEqualTo("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(first.get("grade").asText()).isEqualTo("weak");
  }

  @Test
  void markdown_always_isTheVerdictThenATable() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--format", "markdown");

    assertThat(run.lines().subList(1, 5)).containsExactly("",
        "| # | change | then connects with | grade |",
        "| --- | --- | --- | --- |",
        "| 1 | add TLS_RSA_WITH_3DES_EDE_CBC_SHA | TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA | weak |");
  }

  @Test
  void server_unknownId_exitsWithUsage() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "nope-nope-nope");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: Invalid value for option '--server':"
        + " no server 'nope-nope-nope' in the catalog");
  }
}
