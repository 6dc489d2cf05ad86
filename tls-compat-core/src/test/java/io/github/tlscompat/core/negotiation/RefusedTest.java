package io.github.tlscompat.core.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RefusedTest {

  @Test
  void lazyDetail_isNotBuiltUntilAsked_thenBuiltOnce() {
    // GIVEN
    AtomicInteger calls = new AtomicInteger();
    Refused refused = new Refused(Reason.SNI_REQUIRED, Stage.CLIENT_HELLO, () -> {
      calls.incrementAndGet();
      return "lync-fe requires server_name (SNI) and has no fallback certificate; LPE-CE6 sends no server_name";
    });

    // WHEN
    Reason reason = refused.reason();
    Stage stage = refused.stage();

    // THEN
    assertThat(calls).hasValue(0);
    assertThat(reason).isEqualTo(Reason.SNI_REQUIRED);
    assertThat(stage).isEqualTo(Stage.CLIENT_HELLO);
    assertThat(refused.detail()).isEqualTo(
        "lync-fe requires server_name (SNI) and has no fallback certificate; LPE-CE6 sends no server_name");
    assertThat(refused.toString()).isEqualTo("REFUSED SNI_REQUIRED - lync-fe requires server_name (SNI) and has no"
        + " fallback certificate; LPE-CE6 sends no server_name");
    assertThat(calls).hasValue(1);
  }

  @Test
  void lazyAndWrittenDetail_withTheSameText_areEqual() {
    Refused written = new Refused(Reason.NO_SHARED_PROTOCOL_VERSION, "client offers SSLv3..TLSv1.0, server enables"
        + " TLSv1.2 only", Stage.CLIENT_HELLO);
    Refused lazy = new Refused(Reason.NO_SHARED_PROTOCOL_VERSION, Stage.CLIENT_HELLO,
        () -> "client offers SSLv3..TLSv1.0, server enables TLSv1.2 only");

    assertThat(lazy).isEqualTo(written).hasSameHashCodeAs(written);
    assertThat(written).isEqualTo(lazy);
  }

  @Test
  void refusals_differingInDetailOrStage_areNotEqual() {
    Refused refused = new Refused(Reason.NO_SHARED_CIPHER_SUITE, "for TLSv1.2 client offers [], server enables []",
        Stage.CLIENT_HELLO);

    assertThat(refused).isNotEqualTo(new Refused(Reason.NO_SHARED_CIPHER_SUITE, Stage.CLIENT_HELLO, () -> "other"));
    assertThat(refused).isNotEqualTo(new Refused(Reason.NO_SHARED_CIPHER_SUITE,
        "for TLSv1.2 client offers [], server enables []", Stage.SERVER_HELLO));
  }

  @Test
  void lazyDetail_returningNull_failsWhenAsked() {
    Refused refused = new Refused(Reason.SNI_REQUIRED, Stage.CLIENT_HELLO, () -> null);

    assertThatThrownBy(refused::detail).isInstanceOf(NullPointerException.class).hasMessage("detail must not be null");
  }

  @Test
  void constructors_rejectNulls_namingTheArgument() {
    assertThatThrownBy(() -> new Refused(null, "d", Stage.CLIENT_HELLO))
        .isInstanceOf(NullPointerException.class).hasMessage("reason must not be null");
    assertThatThrownBy(() -> new Refused(Reason.SNI_REQUIRED, (String) null, Stage.CLIENT_HELLO))
        .isInstanceOf(NullPointerException.class).hasMessage("detail must not be null");
    assertThatThrownBy(() -> new Refused(Reason.SNI_REQUIRED, Stage.CLIENT_HELLO, null))
        .isInstanceOf(NullPointerException.class).hasMessage("detail must not be null");
    assertThatThrownBy(() -> new Refused(Reason.SNI_REQUIRED, "d", null))
        .isInstanceOf(NullPointerException.class).hasMessage("stage must not be null");
  }
}
