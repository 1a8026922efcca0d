package io.shutterport.plugin.payment.stripe;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shutterport.spi.payment.WebhookRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stripe's signature scheme: HMAC-SHA256 of "t.body", 300 s tolerance, rotation. */
class WebhookVerifierTest {
  private static final long NOW = 1_800_000_000L;
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
  private static final byte[] BODY =
      "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}".getBytes(StandardCharsets.UTF_8);
  private final WebhookVerifier verifier =
      new WebhookVerifier(List.of("whsec_old", "whsec_new"), CLOCK);

  private static String header(String secret, long t, byte[] body) {
    return "t=" + t + ",v1=" + HexFormat.of().formatHex(WebhookVerifier.sign(secret, t, body));
  }

  @Test
  void aCorrectSignatureWithEitherSecretVerifies() {
    assertThatCode(() -> verifier.verify(header("whsec_new", NOW, BODY), BODY))
        .doesNotThrowAnyException();
    assertThatCode(() -> verifier.verify(header("whsec_old", NOW - 299, BODY), BODY))
        .doesNotThrowAnyException();
  }

  @Test
  void everythingElseIsRejected() {
    byte[] changed = BODY.clone();
    changed[5] ^= 1;
    for (String[] bad :
        new String[][] {
          {null, "missing"},
          {"", "empty"},
          {header("whsec_other", NOW, BODY), "wrong secret"},
          {header("whsec_new", NOW - 301, BODY), "too old"},
          {header("whsec_new", NOW + 301, BODY), "from the future"},
          {"t=" + NOW + ",v1=zz", "not hex"},
          {
            "v1=" + HexFormat.of().formatHex(WebhookVerifier.sign("whsec_new", NOW, BODY)),
            "no time"
          },
        }) {
      assertThatThrownBy(() -> verifier.verify(bad[0], BODY))
          .as(bad[1])
          .isInstanceOf(WebhookRejectedException.class);
    }
    assertThatThrownBy(() -> verifier.verify(header("whsec_new", NOW, BODY), changed))
        .as("a changed byte")
        .isInstanceOf(WebhookRejectedException.class);
  }
}
