package io.shutterport.plugin.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void readsStripeShapes() {
    var intent =
        Json.object(
            "{\"id\":\"pi_1\",\"amount\":33000,\"currency\":\"jpy\",\"metadata\":{\"reference\":\"BK-1\"},"
                + "\"charges\":[],\"livemode\":false,\"next_action\":null,\"x\":1.5,\"s\":\"a\\\"b\\u3042\"}");
    assertThat(Json.string(intent, "id")).isEqualTo("pi_1");
    assertThat(Json.number(intent, "amount")).isEqualTo(33000);
    assertThat(Json.string(Json.object(intent, "metadata"), "reference")).isEqualTo("BK-1");
    assertThat(Json.string(intent, "s")).isEqualTo("a\"bあ");
  }

  @Test
  void refusesMalformedInput() {
    for (String bad : new String[] {"", "{", "{\"a\":}", "[1,]x", "{\"a\":1} trailing"}) {
      assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(RuntimeException.class);
    }
  }

  @Test
  void mapsStripeStatuses() {
    assertThat(StripePayment.status("requires_capture").name()).isEqualTo("AUTHORISED");
    assertThat(StripePayment.status("succeeded").name()).isEqualTo("CAPTURED");
    assertThat(StripePayment.status("canceled").name()).isEqualTo("CANCELLED");
    assertThat(StripePayment.status("requires_payment_method").name()).isEqualTo("REQUIRES_ACTION");
  }
}
