package io.github.tlscompat.cli;

import io.github.tlscompat.core.config.Exported;
import io.github.tlscompat.core.config.SchannelConfig;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.remedy.PolicyChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A remedy as {@code --as} configuration: only what changes against the server as it is
 * ({@link #changes}), and each change the format cannot hold with what does it instead
 * ({@link #gaps}).
 */
final class RemedyConfig {
  private RemedyConfig() {}

  /**
   * One change that {@code --as} cannot write.
   *
   * @param change the change
   * @param why why the format cannot hold it, a phrase
   * @param instead what does it instead, a line each (commands, directives), empty when nothing
   *     documented does
   */
  record Gap(PolicyChange change, String why, List<String> instead) {
    Gap {
      instead = List.copyOf(instead);
    }
  }

  /** The placeholder of a certificate's thumbprint in the commands printed. */
  static final String THUMBPRINT = "<THUMBPRINT>";

  /**
   * What moves {@code current} to {@code changed} in {@code format}: for {@code reg} only the
   * registry values that differ ({@link SchannelConfig#writeRegChanges}), for nginx, Apache and
   * JSSE only the lines that differ (each line is a whole setting there), for the one line of
   * {@code openssl s_server} arguments that line when it differs. The warnings: for {@code reg} the
   * ones the change adds, for the others all of the changed policy's, as a line printed there is a
   * whole setting (the cipher list with its {@code @SECLEVEL}) and its caveats apply.
   */
  static Exported changes(ExportFormat format, ServerPolicy current, ServerPolicy changed) {
    if (format == ExportFormat.reg) return SchannelConfig.writeRegChanges(current, changed);
    Exported before = format.write(current);
    Exported after = format.write(changed);
    Set<String> old = Set.copyOf(before.text().lines().toList());
    List<String> lines = new ArrayList<>();
    if (format != ExportFormat.openssl) {
      lines.add("# " + changed.id() + " (" + changed.name() + "): only the lines that differ from " + current.id()
          + ", written by tls-compat");
    }
    int settings = 0;
    for (String line : after.text().lines().toList()) {
      if (line.startsWith("#") || old.contains(line)) continue;
      lines.add(line);
      settings++;
    }
    if (settings == 0 && format != ExportFormat.openssl) lines.add("# nothing in these settings changes");
    return new Exported(lines.isEmpty() ? "" : String.join("\n", lines) + "\n", after.warnings());
  }

  /** The changes of a remedy that {@code format} cannot write, in order, with what does them instead. */
  static List<Gap> gaps(ExportFormat format, List<PolicyChange> changes) {
    List<Gap> gaps = new ArrayList<>();
    for (PolicyChange change : changes) gap(format, change).ifPresent(gaps::add);
    return gaps;
  }

  private static Optional<Gap> gap(ExportFormat format, PolicyChange change) {
    boolean openSsl = format == ExportFormat.nginx || format == ExportFormat.apache || format == ExportFormat.openssl;
    if (change instanceof PolicyChange.AddCipherSuite add) {
      if (format == ExportFormat.reg && !SchannelConfig.supports(add.suite())) {
        return Optional.of(new Gap(change, "SChannel has no " + add.suite() + " in any Windows release", List.of()));
      }
      if (openSsl && add.suite().openSslName().isEmpty()) {
        return Optional.of(new Gap(change, "OpenSSL has no " + add.suite(), List.of()));
      }
      return Optional.empty();
    }
    if (change instanceof PolicyChange.EnableVersion enable) {
      if (enable.version() == ProtocolVersion.SSL_2_0 && format != ExportFormat.reg) {
        return Optional.of(new Gap(change, format == ExportFormat.jsse ? "JSSE has no SSL 2.0"
            : "no OpenSSL since 1.1.0 has SSL 2.0", List.of()));
      }
      return Optional.empty();
    }
    if (change instanceof PolicyChange.AddFallbackCertificate fallback) {
      return Optional.of(fallback(format, change, fallback.certificate()));
    }
    if (change instanceof PolicyChange.AddCertificate add) return Optional.of(certificate(format, change, add.certificate()));
    if (change instanceof PolicyChange.ReplaceCertificate replace) {
      return Optional.of(certificate(format, change, replace.replacement()));
    }
    if (change instanceof PolicyChange.StopRequiringClientCertificate) {
      return format == ExportFormat.jsse ? Optional.empty() // SSLParameters.needClientAuth=false is written
          : Optional.of(new Gap(change, format == ExportFormat.reg
              ? "a required client certificate is an IIS/http.sys setting, not SChannel's"
              : "these settings do not say whether a client certificate is required", List.of()));
    }
    if (change instanceof PolicyChange.TrustClientCertificateIssuer trust) return Optional.of(trust(format, change, trust));
    return Optional.empty();
  }

  /**
   * Trusting another issuer of client certificates, which no writer holds: the CA certificate goes
   * into the store each product verifies client certificates against, and from which it names the
   * CertificateRequest's certificate_authorities.
   */
  private static Gap trust(ExportFormat format, PolicyChange change, PolicyChange.TrustClientCertificateIssuer trust) {
    String ca = "the certificate of the CA '" + trust.issuer() + "' (PEM)";
    return switch (format) {
      // Schannel verifies client certificates against the computer's trusted roots and sends their
      // names in the CertificateRequest (learn.microsoft.com, "TLS - Schannel SSP overview", trusted
      // issuers list); Import-Certificate is the pki module's cmdlet.
      case reg -> new Gap(change, "the issuers a Windows server trusts for client certificates are the"
          + " computer's certificate stores, not SChannel registry values", List.of(
          "Import-Certificate -FilePath CA.cer -CertStoreLocation Cert:\\LocalMachine\\Root",
          "CA.cer: the certificate of the CA '" + trust.issuer() + "'"));
      // nginx.org/en/docs/http/ngx_http_ssl_module.html, ssl_client_certificate: "the list of
      // certificates will be sent to clients".
      case nginx -> new Gap(change, "nginx trusts the CAs of the file ssl_client_certificate names, which these"
          + " directives do not hold", List.of("ssl_client_certificate FILE;  # append " + ca + " to FILE"));
      // httpd.apache.org/docs/2.4/mod/mod_ssl.html, SSLCACertificateFile.
      case apache -> new Gap(change, "Apache httpd trusts the CAs of the file SSLCACertificateFile names, which"
          + " these directives do not hold", List.of("SSLCACertificateFile FILE  # append " + ca + " to FILE"));
      case openssl -> new Gap(change, "openssl s_server trusts the CAs of -CAfile, and these arguments hold no"
          + " file", List.of("-CAfile FILE  # append " + ca + " to FILE"));
      case jsse -> new Gap(change, "JSSE trusts the CAs of its TrustManager's trust store, which these properties"
          + " do not set", List.of("keytool -importcert -keystore TRUSTSTORE -alias client-ca -file CA.cer"));
    };
  }

  /** The certificate for clients without server_name, which no writer holds: where each product sets it. */
  private static Gap fallback(ExportFormat format, PolicyChange change, CertificateSpec certificate) {
    return switch (format) {
      // http.sys picks the certificate before SChannel reads anything: a ClientHello without
      // server_name gets the IP binding 0.0.0.0:443 or a reset. The fallback binding is Microsoft's
      // documented workaround for AD FS / Web Application Proxy ("How to support non-SNI capable
      // Clients with Web Application Proxy and AD FS 2012 R2", blogs.technet.microsoft.com
      // applicationproxyblog, 2014-06-19); the syntax is netsh's own
      // (https://learn.microsoft.com/windows-server/administration/windows-commands/netsh-http,
      // "add sslcert").
      case reg -> new Gap(change, "the certificate for clients without SNI is an http.sys binding, not an"
          + " SChannel setting", List.of(
          "netsh http add sslcert ipport=0.0.0.0:443 certhash=" + THUMBPRINT + " appid={<APPID>}",
          THUMBPRINT + ": the SHA-1 thumbprint of the " + certificate + " certificate in the computer's Personal"
              + " store; <APPID>: the Application ID that netsh http show sslcert lists for the host's own binding"
              + " (for AD FS, {5d89a20c-beab-4389-9447-324788eb944a})"));
      // nginx answers a ClientHello without server_name with the default server of the address and
      // port (nginx.org/en/docs/http/configuring_https_servers.html, "Name-based HTTPS servers").
      case nginx -> new Gap(change, "nginx serves clients without SNI the certificate of the default server"
          + " block of the port, which these directives do not set", List.of(
          "listen 443 ssl default_server;  # in the server block whose ssl_certificate is the " + certificate
              + " certificate"));
      // mod_ssl without SNI uses the first <VirtualHost> of the address and port
      // (httpd.apache.org/docs/2.4/ssl/ssl_howto.html, and the name-based virtual host rules).
      case apache -> new Gap(change, "Apache httpd serves clients without SNI from the first <VirtualHost> of"
          + " the address and port, which these directives do not set", List.of(
          "make the <VirtualHost *:443> with the " + certificate + " certificate the first one in the"
              + " configuration"));
      case openssl -> new Gap(change, "openssl s_server serves -cert to clients without SNI, and these arguments"
          + " hold no certificate", List.of("-cert FILE -key FILE  # the " + certificate + " certificate"));
      case jsse -> new Gap(change, "JSSE chooses the certificate in its KeyManager, which these properties do not"
          + " set", List.of());
    };
  }

  private static Gap certificate(ExportFormat format, PolicyChange change, CertificateSpec certificate) {
    return switch (format) {
      // The AD FS and Web Application Proxy cmdlets rebind every HTTPS binding of the service
      // (learn.microsoft.com/powershell/module/adfs/set-adfssslcertificate,
      // .../webapplicationproxy/set-webapplicationproxysslcertificate).
      case reg -> new Gap(change, "certificates live in the Windows certificate store, not in SChannel's"
          + " settings", List.of(
          "Set-AdfsSslCertificate -Thumbprint " + THUMBPRINT + "  # on AD FS",
          "Set-WebApplicationProxySslCertificate -Thumbprint " + THUMBPRINT + "  # on a Web Application Proxy",
          THUMBPRINT + ": the SHA-1 thumbprint of the " + certificate + " certificate in the computer's Personal"
              + " store; for another http.sys service, bind it in IIS Manager or with netsh http update sslcert"));
      case nginx -> new Gap(change, "certificates are files these directives do not name", List.of(
          "ssl_certificate FILE; ssl_certificate_key FILE;  # the " + certificate + " certificate"));
      case apache -> new Gap(change, "certificates are files these directives do not name", List.of(
          "SSLCertificateFile FILE  # the " + certificate + " certificate", "SSLCertificateKeyFile FILE"));
      case openssl -> new Gap(change, "certificates are files these arguments do not name", List.of(
          "-cert FILE -key FILE  # the " + certificate + " certificate"));
      case jsse -> new Gap(change, "certificates live in a KeyStore, which these properties do not name", List.of());
    };
  }
}
