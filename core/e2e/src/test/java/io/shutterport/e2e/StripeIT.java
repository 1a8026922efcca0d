package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.plugin.payment.stripe.StripeStub;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * payment-stripe against a stub built from Stripe's published API (Stripe itself cannot be reached
 * here): PaymentIntents with manual capture, idempotent retries that create one intent, signed
 * webhooks verified on the raw body (rotation, tolerance, tampering), events de-duplicated and
 * converging out of order, and refunds by the cancellation policy.
 */
class StripeIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final String SECRET = "whsec_current";
  private static final String OLD_SECRET = "whsec_previous";
  private static StripeStub stripe;
  private static Api operator;
  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeAll
  static void start() throws Exception {
    Mailbox.server();
    stripe = new StripeStub(Integer.getInteger("it.stripe.port", 9580));
    operator = Accounts.demo(Env.PAWS, "operator@paws.example");
    var switched =
        operator.put(
            "/api/v1/operator/payment-provider",
            StripeWebhooks.stripeProvider(stripe, OLD_SECRET + "," + SECRET));
    assertThat(switched.status()).as(switched.toString()).isEqualTo(204);
    // Stripe posts the events of intents confirmed in a browser to the marketplace's endpoint.
    stripe.onEvent(
        event ->
            StripeWebhooks.deliver(Env.PAWS, event, SECRET, System.currentTimeMillis() / 1000));
  }

  @AfterAll
  static void stop() {
    if (operator != null) {
      StripeWebhooks.restorePawsInvoice(operator);
    }
    if (stripe != null) {
      stripe.close();
    }
  }

  @Test
  void concurrentRetriesCreateOneIntentAndASignedWebhookCapturesOnce() throws Exception {
    var photographer = Accounts.photographer(Env.PAWS, "dog", 22000, 60);
    Api customer = Accounts.customer(Env.PAWS);
    String bookingId = accepted(photographer, customer, 20);
    String path = "/api/v1/bookings/" + bookingId + "/payment";
    int before = stripe.intentsCreated.get();

    List<Api.Answer> answers = new ArrayList<>();
    answers.addAll(
        Concurrently.times(
            50, () -> customer.postWithKey(path, JsonObject.EMPTY_JSON_OBJECT, "k-" + bookingId)));
    for (int i = 0; i < 5; i++) {
      answers.add(customer.postWithKey(path, JsonObject.EMPTY_JSON_OBJECT, "k-" + bookingId));
    }
    assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 409));
    assertThat(stripe.intentsCreated.get() - before).as("charges at the provider").isEqualTo(1);
    JsonObject payment = customer.get(path).json();
    assertThat(payment.getString("status")).isEqualTo("REQUIRES_ACTION");
    assertThat(payment.getString("clientToken")).contains("_secret_");
    String intent =
        Sql.text("SELECT provider_payment_id FROM payment WHERE booking_id = ?", bookingId);

    String event = stripe.authorise(intent);
    long now = System.currentTimeMillis() / 1000;
    List<Api.Answer> deliveries =
        Concurrently.times(6, () -> StripeWebhooks.deliver(Env.PAWS, event, SECRET, now));
    assertThat(deliveries).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
    assertThat(stripe.status(intent)).isEqualTo("succeeded");
    assertThat(stripe.captures.get()).isPositive();
    assertThat(customer.get("/api/v1/bookings/" + bookingId).json().getString("status"))
        .isEqualTo("PAID");
    assertThat(
            Sql.number(
                "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'CHARGE' AND booking_id = ?",
                bookingId))
        .as("the same event delivered six times has its effect once")
        .isEqualTo(1);
    assertThat(Sql.imbalance(bookingId)).isZero();
  }

  @Test
  void badSignaturesAreRefusedAndChangeNothing() {
    var photographer = Accounts.photographer(Env.PAWS, "dog", 18000, 60);
    Api customer = Accounts.customer(Env.PAWS);
    String bookingId = accepted(photographer, customer, 22);
    customer.post("/api/v1/bookings/" + bookingId + "/payment", JsonObject.EMPTY_JSON_OBJECT);
    String event =
        stripe.authorise(
            Sql.text("SELECT provider_payment_id FROM payment WHERE booking_id = ?", bookingId));
    long now = System.currentTimeMillis() / 1000;
    String good = "t=" + now + ",v1=" + StripeStub.sign(SECRET, now, event);
    String tampered = event.replace("\"amount\":18000", "\"amount\":1");
    Map<String, Api.Answer> refused =
        Map.of(
            "missing signature", StripeWebhooks.deliverRaw(Env.PAWS, event, null),
            "wrong secret", StripeWebhooks.deliver(Env.PAWS, event, "whsec_wrong", now),
            "changed byte", StripeWebhooks.deliverRaw(Env.PAWS, tampered, good),
            "301 s old", StripeWebhooks.deliver(Env.PAWS, event, SECRET, now - 301),
            "garbage header", StripeWebhooks.deliverRaw(Env.PAWS, event, "nonsense"));
    refused.forEach(
        (what, answer) -> assertThat(answer.status()).as(what + " " + answer).isEqualTo(400));
    assertThat(customer.get("/api/v1/bookings/" + bookingId).json().getString("status"))
        .isEqualTo("ACCEPTED");

    var rotated = StripeWebhooks.deliver(Env.PAWS, event, OLD_SECRET, now);
    assertThat(rotated.status())
        .as("the previous secret still verifies during rotation")
        .isEqualTo(200);
    assertThat(customer.get("/api/v1/bookings/" + bookingId).json().getString("status"))
        .isEqualTo("PAID");
  }

  @Test
  void eventsOutOfOrderConvergeAndCancellationRefundsByPolicy() {
    var photographer = Accounts.photographer(Env.PAWS, "dog", 30000, 60);
    Api customer = Accounts.customer(Env.PAWS);
    String bookingId = accepted(photographer, customer, 2);
    customer.post("/api/v1/bookings/" + bookingId + "/payment", JsonObject.EMPTY_JSON_OBJECT);
    String intent =
        Sql.text("SELECT provider_payment_id FROM payment WHERE booking_id = ?", bookingId);
    String authorised = stripe.authorise(intent);
    String succeeded = stripe.succeed(intent);
    long now = System.currentTimeMillis() / 1000;
    assertThat(StripeWebhooks.deliver(Env.PAWS, succeeded, SECRET, now).status()).isEqualTo(200);
    assertThat(StripeWebhooks.deliver(Env.PAWS, authorised, SECRET, now).status()).isEqualTo(200);
    assertThat(customer.get("/api/v1/bookings/" + bookingId).json().getString("status"))
        .isEqualTo("PAID");
    assertThat(Sql.sum(bookingId, "CHARGE")).isEqualTo(30000);

    var cancelled =
        customer.post(
            "/api/v1/bookings/" + bookingId + "/cancel",
            Api.obj(Map.of("reason", "CHANGE_OF_PLANS")));
    assertThat(cancelled.json().getString("status")).isEqualTo("REFUNDED");
    assertThat(stripe.refunded.get(intent))
        .as("50% tier, refunded through Stripe")
        .isEqualTo(15000L);
    assertThat(Sql.sum(bookingId, "REFUND")).isEqualTo(15000);
    assertThat(Sql.imbalance(bookingId)).isZero();
  }

  @Test
  void aCustomerAuthorisesTheirCardWithTheRequestAndIsChargedWhenThePhotographerAccepts() {
    var photographer = Accounts.photographer(Env.PAWS, "dog", 26000, 60);
    String email = Env.unique("card-customer");
    Api customer = Accounts.signUp(Env.PAWS, email, "カード 払い", "CUSTOMER");
    String bookingId = requested(photographer, customer, 24);

    Browser browser = browsers.phone(Env.PAWS);
    browser.login(email, Env.PASSWORD);
    browser.open("/lang?to=ja&next=" + "/booking?id=" + bookingId);
    assertThat(browser.text("#authorise-note")).contains("承諾した時点で決済");
    browser.submit("#actions\\:pay");
    browser.waitVisible("#stripe-number");
    assertThat(browser.text("#checkout-submit")).contains("26,000");
    browser.screenshot("checkout-card-phone-ja");
    assertThat(browser.accessibilityProblems()).isEmpty();
    assertThat(browser.overflowing()).as("the card form fits a phone").isEmpty();

    browser.type("#stripe-number", "4000 0000 0000 0002");
    browser.type("#stripe-expiry", "12 / 30");
    browser.type("#stripe-cvc", "123");
    browser.click("#checkout-submit");
    browser.waitFor("#checkout-error", "カードが拒否されました");
    assertThat(
            customer.get("/api/v1/bookings/" + bookingId + "/payment").json().getString("status"))
        .as("a declined card changes nothing")
        .isEqualTo("REQUIRES_ACTION");

    browser.retype("#stripe-number", "4242 4242 4242 4242");
    browser.click("#checkout-submit");
    browser.waitVisible("#payment-held");
    assertThat(browser.text("#payment-held")).contains("26,000");
    assertThat(browser.find("#booking-status").getAttribute("data-status")).isEqualTo("REQUESTED");
    String intent =
        Sql.text("SELECT provider_payment_id FROM payment WHERE booking_id = ?", bookingId);
    assertThat(stripe.status(intent)).as("authorised, not charged").isEqualTo("requires_capture");
    assertThat(Sql.sum(bookingId, "CHARGE")).isZero();

    Accounts.accept(photographer.api(), bookingId);
    assertThat(customer.get("/api/v1/bookings/" + bookingId).json().getString("status"))
        .as("accepting charges the card authorised with the request")
        .isEqualTo("PAID");
    assertThat(stripe.status(intent)).isEqualTo("succeeded");
    assertThat(Sql.sum(bookingId, "CHARGE")).isEqualTo(26000);
    assertThat(Sql.imbalance(bookingId)).isZero();
    browser.open("/booking?id=" + bookingId);
    assertThat(browser.find("#booking-status").getAttribute("data-status")).isEqualTo("PAID");
    assertThat(browser.text("#payment-status")).isEqualTo("支払い済み");
  }

  @Test
  void aDeclinedRequestReleasesTheAuthorisationAndChargesNothing() {
    var photographer = Accounts.photographer(Env.PAWS, "dog", 19000, 60);
    Api customer = Accounts.customer(Env.PAWS);
    String bookingId = requested(photographer, customer, 26);
    var paid =
        customer.post("/api/v1/bookings/" + bookingId + "/payment", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    String intent =
        Sql.text("SELECT provider_payment_id FROM payment WHERE booking_id = ?", bookingId);
    String event = stripe.authorise(intent);
    assertThat(
            StripeWebhooks.deliver(Env.PAWS, event, SECRET, System.currentTimeMillis() / 1000)
                .status())
        .isEqualTo(200);
    assertThat(
            customer.get("/api/v1/bookings/" + bookingId + "/payment").json().getString("status"))
        .isEqualTo("AUTHORISED");

    var declined =
        photographer
            .api()
            .post("/api/v1/bookings/" + bookingId + "/decline", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
    assertThat(stripe.status(intent)).as("the hold on the card is released").isEqualTo("canceled");
    assertThat(Sql.sum(bookingId, "CHARGE")).isZero();
    assertThat(Sql.imbalance(bookingId)).isZero();
  }

  @Test
  void anAuthorisationRacingTheAcceptIsChargedExactlyOnce() throws Exception {
    var photographer = Accounts.photographer(Env.PAWS, "dog", 21000, 60);
    Api customer = Accounts.customer(Env.PAWS);
    for (int round = 0; round < 6; round++) {
      String bookingId = requested(photographer, customer, 30 + round);
      customer.post("/api/v1/bookings/" + bookingId + "/payment", JsonObject.EMPTY_JSON_OBJECT);
      String intent =
          Sql.text("SELECT provider_payment_id FROM payment WHERE booking_id = ?", bookingId);
      String event = stripe.authorise(intent);
      long now = System.currentTimeMillis() / 1000;
      List<Api.Answer> answers =
          Concurrently.run(
              List.of(
                  () -> StripeWebhooks.deliver(Env.PAWS, event, SECRET, now),
                  () ->
                      photographer
                          .api()
                          .post(
                              "/api/v1/bookings/" + bookingId + "/accept",
                              JsonObject.EMPTY_JSON_OBJECT)));
      assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
      assertThat(customer.get("/api/v1/bookings/" + bookingId).json().getString("status"))
          .as("round " + round + ": whichever came first, the accepted request is paid")
          .isEqualTo("PAID");
      assertThat(stripe.status(intent)).isEqualTo("succeeded");
      assertThat(Sql.sum(bookingId, "CHARGE")).isEqualTo(21000);
      assertThat(Sql.imbalance(bookingId)).isZero();
    }
  }

  private static String requested(Accounts.Photographer photographer, Api customer, int days) {
    return Accounts.request(
        customer, photographer.planId(), LocalDate.now(TOKYO).plusDays(days), "10:00", "");
  }

  private static String accepted(Accounts.Photographer photographer, Api customer, int days) {
    String id = requested(photographer, customer, days);
    assertThat(
            photographer
                .api()
                .post("/api/v1/bookings/" + id + "/accept", JsonObject.EMPTY_JSON_OBJECT)
                .status())
        .isEqualTo(200);
    return id;
  }
}
