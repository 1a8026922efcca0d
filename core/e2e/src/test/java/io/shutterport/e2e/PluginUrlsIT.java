package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An operator cannot point a plugin at the platform's own network (blind SSRF through a payment
 * plugin's base URL): loopback, private, link-local and metadata addresses are refused with a
 * localised field error and nothing is saved. The platform operator may allow hosts of their own
 * ({@code SHUTTERPORT_PLUGINS_ALLOWED_HOSTS}: the test servers of both profiles allow the Stripe
 * stub on 127.0.0.1, which {@code StripeIT} and {@code EmbeddedCardIT} use; the rest of loopback
 * stays refused).
 */
class PluginUrlsIT {
  @ParameterizedTest
  @EnumSource(Profile.class)
  void internalAddressesAreRefusedForPluginUrls(Profile profile) {
    Api operator = Accounts.demo(profile, "operator@sakura.example").withLanguage("ja");
    String path = "/api/v1/operator/plugin-settings/payment-stripe";
    String before = operator.get("/api/v1/operator/plugin-settings").text();
    var internal =
        new java.util.ArrayList<>(
            java.util.List.of(
                "http://169.254.169.254/latest/meta-data/",
                "http://metadata.google.internal/",
                "http://10.0.0.7/",
                "http://192.168.0.1:8080/",
                "http://[::1]/",
                "http://localhost:9/",
                "http://127.0.0.2:" + profile.port + "/")); // loopback beside the allowed host
    for (String url : internal) {
      var refused =
          operator.put(
              path,
              Api.obj(
                  Map.of(
                      "secretKey",
                      "sk_test_x",
                      "webhookSecrets",
                      "whsec_x",
                      "publishableKey",
                      "pk_test_x",
                      "baseUrl",
                      url)));
      assertThat(refused.status()).as(url + " " + refused).isEqualTo(400);
      assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("settings.baseUrl");
      assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message"))
          .contains("内部");
    }
    assertThat(operator.get("/api/v1/operator/plugin-settings").text())
        .as("nothing was saved")
        .isEqualTo(before);
  }
}
