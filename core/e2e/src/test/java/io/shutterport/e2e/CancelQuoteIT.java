package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Before cancelling a paid booking, the customer sees what the policy gives back for the reason
 * they chose — and cancelling then gives exactly that.
 */
class CancelQuoteIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  @RegisterExtension final Browsers browsers = new Browsers();

  @ParameterizedTest
  @EnumSource(Profile.class)
  void theQuoteIsWhatCancellingGives(Profile profile) {
    var photographer = Accounts.photographer(profile, 24000);
    Api customer = Accounts.customer(profile);
    String id = paid(profile, photographer, customer, 3);
    String path = "/api/v1/bookings/" + id + "/cancellation?reason=CHANGE_OF_PLANS";
    var quote = customer.get(path);
    assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
    long refund = minor(quote.json(), "refund");
    long fee = minor(quote.json(), "fee");
    assertThat(refund + fee + minor(quote.json(), "credit")).isEqualTo(24000);
    assertThat(Accounts.customer(profile).get(path).status())
        .as("strangers learn nothing")
        .isEqualTo(404);
    assertThat(customer.get("/api/v1/bookings/" + id).json().getString("status"))
        .as("a quote changes nothing")
        .isEqualTo("PAID");

    var cancelled =
        customer.post(
            "/api/v1/bookings/" + id + "/cancel", Api.obj(Map.of("reason", "CHANGE_OF_PLANS")));
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(ledger(Accounts.demo(profile, "operator@sakura.example"), id, "REFUND"))
        .as("the refund is the quote's")
        .isEqualTo(refund);
    assertThat(customer.get(path).status()).as("nothing left to quote").isEqualTo(404);
  }

  @Test
  void theCustomerSeesTheRefundBeforeCancellingOnAPhone() {
    var photographer = Accounts.photographer(Profile.PRODUCTION, 18000);
    String email = Env.unique("quote");
    Api customer = Accounts.signUp(Profile.PRODUCTION, Env.SAKURA, email, "取消 確認", "CUSTOMER");
    String id = paid(Profile.PRODUCTION, photographer, customer, 2);
    JsonObject quote =
        customer.get("/api/v1/bookings/" + id + "/cancellation?reason=CHANGE_OF_PLANS").json();

    Browser browser = browsers.phone(Env.SAKURA);
    browser.login(email, Env.PASSWORD);
    browser.open("/lang?to=ja&next=/booking?id=" + id);
    browser.select("#cancel\\:reason", "CHANGE_OF_PLANS");
    browser.waitFor("#quote-refund", String.format("%,d", minor(quote, "refund")));
    assertThat(browser.text("#cancel-quote")).startsWith("今キャンセルすると");
    assertThat(browser.text("#quote-fee")).contains(String.format("%,d", minor(quote, "fee")));
    assertThat(browser.accessibilityProblems()).isEmpty();
    browser.screenshot("booking-cancel-quote-phone-ja");
    browser.submit("#cancel\\:go");
    assertThat(browser.find("#booking-status").getAttribute("data-status")).isEqualTo("REFUNDED");
    assertThat(Sql.sum(id, "REFUND")).isEqualTo(minor(quote, "refund"));
  }

  /** The sum of a booking's ledger lines of one kind, as its operator reads them. */
  private static long ledger(Api operator, String bookingId, String kind) {
    return operator
        .get("/api/v1/operator/bookings/" + bookingId + "/ledger")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(l -> l.getString("kind").equals(kind))
        .mapToLong(l -> l.getJsonNumber("amountMinor").longValue())
        .sum();
  }

  private static long minor(JsonObject outcome, String field) {
    return outcome.getJsonObject(field).getJsonNumber("minorUnits").longValue();
  }

  private static String paid(
      Profile profile, Accounts.Photographer photographer, Api customer, int days) {
    return Accounts.paidBooking(
        customer,
        photographer.api(),
        Accounts.demo(profile, "operator@sakura.example"),
        photographer.planId(),
        LocalDate.now(TOKYO).plusDays(days),
        "10:00",
        "");
  }
}
