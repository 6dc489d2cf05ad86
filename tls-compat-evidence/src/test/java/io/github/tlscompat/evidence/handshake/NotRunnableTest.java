package io.github.tlscompat.evidence.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.Pairs;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import org.junit.jupiter.api.Test;

class NotRunnableTest {

  @Test
  void whyNotRunnable_ssl2FramedHelloOrNoTlsSuite_namesTheClient() {
    // GIVEN clients Bouncy Castle cannot play
    ClientProfile framed = Pairs.PHONE.toBuilder().id("framed").helloFormat(HelloFormat.SSL2_COMPATIBLE).build();
    ClientProfile scsvOnly = Pairs.PHONE.toBuilder().id("scsv").cipherSuites(CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV)
        .build();

    // THEN each says why, as a value and as a sentence
    assertThat(BcHandshake.whyNotRunnable(framed, Pairs.FIPS)).contains(new NotRunnable.Ssl2FramedHello("framed"));
    assertThat(BcHandshake.whyNotRunnable(scsvOnly, Pairs.FIPS)).contains(new NotRunnable.NoTlsCipherSuite("scsv"));
    assertThat(new NotRunnable.Ssl2FramedHello("framed").describe())
        .isEqualTo("framed frames its hello as SSL 2.0, which Bouncy Castle cannot write");
    assertThat(new NotRunnable.NoTlsCipherSuite("scsv").describe())
        .isEqualTo("scsv offers no TLS cipher suite, only SSL 2.0 kinds or signaling values");
  }

  @Test
  void whyNotRunnable_dhPrimeWithoutWellKnownGroup_namesTheSize() {
    ServerPolicy odd = Pairs.FIPS.toBuilder().id("odd").cipherSuites(CipherSuite.TLS_DHE_RSA_WITH_AES_128_CBC_SHA)
        .dhBits(1000).build();

    assertThat(BcHandshake.whyNotRunnable(Pairs.PHONE, odd)).contains(new NotRunnable.NoWellKnownDhGroup("odd", 1000));
    assertThat(new NotRunnable.NoWellKnownDhGroup("odd", 1000).describe()).isEqualTo("odd uses a 1000-bit DH prime, for"
        + " which there is no well-known group (768, 1024, 1536, 2048, 3072, 4096, 6144 or 8192 bits)");
  }

  @Test
  void describe_serverSideReasons_readAsBefore() {
    assertThat(new NotRunnable.Ssl2FramedHelloReceived("iis6").describe()).isEqualTo("the client sent an SSL 2.0-framed"
        + " ClientHello, which iis6 reads but Bouncy Castle cannot; the connection was closed unanswered");
    assertThat(new NotRunnable.CryptoLacks("p", "c", "takes the group sect163k1").describe())
        .isEqualTo("p takes the group sect163k1 for c, which Bouncy Castle's crypto does not implement");
  }
}
