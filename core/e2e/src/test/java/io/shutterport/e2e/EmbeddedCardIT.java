package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.plugin.payment.stripe.StripeStub;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Card checkout on the embedded profile (H2, in-JVM bus): the paws marketplace of the embedded
 * server takes cards through the Stripe stub (the test server's environment lists 127.0.0.1 in
 * {@code SHUTTERPORT_PLUGINS_ALLOWED_HOSTS}, as an operator running a gateway would); a customer on
 * a phone is declined, then authorised with the request, and charged once when the photographer
 * accepts — the same journey {@link StripeIT} walks on PostgreSQL.
 */
class EmbeddedCardIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final String PAWS = "paws.localhost:" + Profile.EMBEDDED.port;
  private static final String SECRET = "whsec_embedded";

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aCardIsAuthorisedWithTheRequestAndChargedWhenThePhotographerAcceptsOnTheEmbeddedDatabase()
      throws Exception {
    Api operator = new Api(PAWS, "ja", Profile.EMBEDDED.port);
    assertThat(operator.login("operator@paws.example", Env.DEMO_PASSWORD).status()).isEqualTo(200);
    try (StripeStub stripe = new StripeStub(Integer.getInteger("it.stripe.port", 9580))) {
      stripe.onEvent(
          event -> StripeWebhooks.deliver(PAWS, event, SECRET, System.currentTimeMillis() / 1000));
      var switched =
          operator.put(
              "/api/v1/operator/payment-provider", StripeWebhooks.stripeProvider(stripe, SECRET));
      assertThat(switched.status()).as(switched.toString()).isEqualTo(204);
      try {
        var photographer =
            Accounts.photographer(
                Profile.EMBEDDED, PAWS, "dog", 26000, 60, "iwate", Env.unique("card-photographer"));
        String email = Env.unique("card-customer");
        Api customer = Accounts.signUp(Profile.EMBEDDED, PAWS, email, "カード 払い", "CUSTOMER");
        String bookingId =
            Accounts.request(
                customer, photographer.planId(), LocalDate.now(TOKYO).plusDays(24), "10:00", "");

        Browser browser = browsers.phone(PAWS);
        browser.login(email, Env.PASSWORD);
        browser.open("/lang?to=ja&next=/booking?id=" + bookingId);
        browser.submit("#actions\\:pay");
        browser.waitVisible("#stripe-number");
        browser.type("#stripe-number", "4000 0000 0000 0002");
        browser.type("#stripe-expiry", "12 / 30");
        browser.type("#stripe-cvc", "123");
        browser.click("#checkout-submit");
        browser.waitFor("#checkout-error", "カードが拒否されました");
        browser.retype("#stripe-number", "4242 4242 4242 4242");
        browser.click("#checkout-submit");
        browser.waitVisible("#payment-held");
        assertThat(browser.text("#payment-held")).contains("26,000");
        browser.screenshot("checkout-card-embedded-phone-ja");
        assertThat(stripe.captures.get()).as("authorised, not charged").isZero();

        Accounts.accept(photographer.api(), bookingId);
        assertThat(customer.get("/api/v1/bookings/" + bookingId).json().getString("status"))
            .as("accepting charges the card authorised with the request")
            .isEqualTo("PAID");
        assertThat(stripe.captures.get()).as("charged once").isEqualTo(1);
        browser.open("/booking?id=" + bookingId);
        assertThat(browser.text("#payment-status")).isEqualTo("支払い済み");
      } finally {
        var restored = StripeWebhooks.restorePawsInvoice(operator);
        assertThat(restored.status()).as(restored.toString()).isEqualTo(204);
      }
    }
  }
}
