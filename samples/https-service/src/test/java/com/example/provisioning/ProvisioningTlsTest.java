package com.example.provisioning;

import io.github.tlscompat.junit.JsseServer;
import io.github.tlscompat.junit.RejectsClient;
import io.github.tlscompat.junit.RequiresClient;
import io.github.tlscompat.junit.ServerUnderTest;
import org.junit.jupiter.api.Test;

/**
 * The endpoint's TLS settings, without starting it: the model reads the policy from the
 * SSLParameters, and each client's ClientHello is also fed to an SSLEngine made from the same
 * SSLContext, so a setting the JDK silently ignores (a disabled protocol, a suite it will not use)
 * shows up as a disagreement instead of a false pass.
 */
class ProvisioningTlsTest {
  @ServerUnderTest
  static JsseServer provisioningTls = JsseServer.of(ProvisioningTls.sslContext(), ProvisioningTls.sslParameters());

  @Test
  @RequiresClient(value = "LPE-CE6", version = "TLSv1.0", cipherSuite = "TLS_RSA_WITH_3DES_EDE_CBC_SHA")
  void lyncPhonesGetTls10With3des() {
  }

  @Test
  @RequiresClient(value = {"chrome-101-win10", "firefox-137-win11", "safari-18.4-macos-15.4-ios-18.4"},
      minVersion = "TLSv1.2")
  void currentBrowsersGetTls12OrBetter() {
  }

  @Test
  @RejectsClient({"ie-6-xp", "yandexbot-3.0"})
  void sslv3OnlyClientsAreRefused() {
  }
}
