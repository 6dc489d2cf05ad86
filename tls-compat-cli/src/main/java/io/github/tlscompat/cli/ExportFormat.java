package io.github.tlscompat.cli;

import io.github.tlscompat.core.config.ApacheConfig;
import io.github.tlscompat.core.config.Exported;
import io.github.tlscompat.core.config.JsseConfig;
import io.github.tlscompat.core.config.NginxConfig;
import io.github.tlscompat.core.config.OpenSslConfig;
import io.github.tlscompat.core.config.SchannelConfig;
import io.github.tlscompat.core.model.ServerPolicy;

/**
 * The configuration a server policy is written as, chosen with {@code --as}: each constant is one
 * of core's writers ({@code io.github.tlscompat.core.config}), and {@code tls-compat import} reads
 * what it writes back (with {@code --type} of the same name).
 *
 * <p>Constants are lower case because picocli matches option values against constant names.
 */
enum ExportFormat {
  /** nginx directives for a {@code server} block ({@link NginxConfig#write}). */
  nginx,
  /** mod_ssl directives for a {@code <VirtualHost>} ({@link ApacheConfig#write}). */
  apache,
  /** {@code openssl s_server} arguments on one line ({@link OpenSslConfig#writeArguments}). */
  openssl,
  /** JSSE system properties and {@code SSLParameters} values ({@link JsseConfig#write}). */
  jsse,
  /** The {@code .reg} file IIS Crypto would write for SChannel ({@link SchannelConfig#writeReg}). */
  reg;

  /** {@code policy} in this format, with what the format cannot express. */
  Exported write(ServerPolicy policy) {
    return switch (this) {
      case nginx -> NginxConfig.write(policy);
      case apache -> ApacheConfig.write(policy);
      case openssl -> OpenSslConfig.writeArguments(policy);
      case jsse -> JsseConfig.write(policy);
      case reg -> SchannelConfig.writeReg(policy);
    };
  }
}
