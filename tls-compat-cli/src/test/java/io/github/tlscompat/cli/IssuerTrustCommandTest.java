package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check, remedy and matrix on a media gateway whose certificate comes from a CA the Mediation Server does not trust. */
class IssuerTrustCommandTest {
  static final String MEDIATION = "lync-server-2013-mediation-mtls";

  @TempDir
  Path dir;

  /** The catalog's gateway, still holding the certificate its vendor shipped it with. */
  Path vendorGateway() throws IOException {
    return Files.writeString(dir.resolve("vendor-gateway.json"), """
        {
          "kind": "client",
          "id": "vendor-gateway",
          "name": "Media gateway with its vendor's certificate",
          "extends": "media-gateway-mtls-lync-2013",
          "source": ["our gateway's certificate store"],
          "clientCertificate": "rsa:2048:sha256@CN=Gateway Vendor CA,O=Fabrikam"
        }
        """);
  }

  @Test
  void check_gatewayWithAnUntrustedIssuer_saysTheReasonBothIssuerListsAndWhereTheRemedyIs() throws IOException {
    CliRun run = CliRun.of("check", "--client", vendorGateway().toString(), "--server", MEDIATION);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.lines().get(0)).isEqualTo("REFUSED CLIENT_CERTIFICATE_ISSUER_UNTRUSTED");
    assertThat(run.lines()).contains("  detail: " + MEDIATION + " does not trust the issuer of vendor-gateway's client"
            + " certificate rsa:2048:sha256@CN=Gateway Vendor CA,O=Fabrikam: issued by 'CN=Gateway Vendor CA,O=Fabrikam',"
            + " trusted issuers are ['Internal enterprise CA']",
        "  stage: CLIENT_CERTIFICATE");
  }

  @Test
  void remedy_gatewayWithAnUntrustedIssuer_trustsThatCaOnTheMediationServer() throws IOException {
    CliRun run = CliRun.of("remedy", "--client", vendorGateway().toString(), "--server", MEDIATION);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines().get(0)).startsWith("vendor-gateway is refused by " + MEDIATION
        + ": CLIENT_CERTIFICATE_ISSUER_UNTRUSTED - ");
    assertThat(run.lines()).anySatisfy(line -> assertThat(line)
        .startsWith("  1. trust client certificates issued by 'CN=Gateway Vendor CA,O=Fabrikam': connects with TLSv1.2 "));
  }

  @Test
  void remedyAsReg_trustingAnIssuer_namesTheCertificateStoreAndExitsOne() throws IOException {
    CliRun run = CliRun.of("remedy", "--client", vendorGateway().toString(), "--server", MEDIATION, "--as", "reg");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.out() + run.err()).contains("Import-Certificate -FilePath CA.cer -CertStoreLocation Cert:\\LocalMachine\\Root",
        "CA.cer: the certificate of the CA 'CN=Gateway Vendor CA,O=Fabrikam'");
  }

  @Test
  void matrix_mtlsServers_showTheClientCertificateReasonsReadably() throws IOException {
    Files.copy(vendorGateway(), dir.resolve("profiles.json"));
    CliRun run = CliRun.of("matrix", "--profiles", dir.resolve("profiles.json").toString(), "--clients",
        "vendor-gateway,media-gateway-mtls-lync-2013,LPE-CE6", "--servers", MEDIATION, "--format", "tsv");

    assertThat(run.lines()).contains(
        "vendor-gateway\t" + MEDIATION + "\tREFUSED\t-\t-\tCLIENT_CERTIFICATE_ISSUER_UNTRUSTED",
        "LPE-CE6\t" + MEDIATION + "\tREFUSED\t-\t-\tCLIENT_CERTIFICATE_REQUIRED");
  }
}
