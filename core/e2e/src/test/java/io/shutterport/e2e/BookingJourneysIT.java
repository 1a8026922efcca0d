package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser journeys on the sakura marketplace: おまかせ booking then a cancellation inside
 * the fee window with the partial refund in the operator's ledger; a shoot request with two
 * proposals becoming a booking; a reschedule asked by one side and approved by the other.
 */
class BookingJourneysIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static Browser browser;

  @org.junit.jupiter.api.extension.RegisterExtension
  static final ScreenshotOnFailure SCREENSHOT_ON_FAILURE = new ScreenshotOnFailure(() -> browser);

  @BeforeAll
  static void start() {
    Mailbox.server();
    browser = new Browser(Env.SAKURA);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void omakaseBookingThenCancellationInsideTheFeeWindowRefundsHalf() {
    var photographer =
        Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60, "nara", Env.unique("nara"));
    String customerEmail = Env.unique("omakase");
    Accounts.signUp(Env.SAKURA, customerEmail, "おまかせ 家族", "CUSTOMER");

    browser.login(customerEmail, Env.PASSWORD);
    browser.open("/omakase");
    browser.select("#form\\:category", "shichigosan");
    browser.select("#form\\:prefecture", "nara");
    browser.setValue("#form\\:date", LocalDate.now(TOKYO).plusDays(2).toString());
    browser.setValue("#form\\:startTime", "10:00");
    browser.type("#form\\:budget", "40000");
    browser.submit("#form\\:go");
    assertThat(browser.find("#booking-status").getAttribute("data-status")).isEqualTo("REQUESTED");
    String bookingId = browser.url().substring(browser.url().indexOf("id=") + 3);

    assertThat(
            photographer
                .api()
                .post("/api/v1/bookings/" + bookingId + "/accept", JsonObject.EMPTY_JSON_OBJECT)
                .status())
        .as("the marketplace asked the only photographer free in Nara")
        .isEqualTo(200);
    browser.open("/booking?id=" + bookingId);
    browser.submit("#actions\\:pay");
    browser.find("#payment-status");
    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    String paymentId =
        operator.get("/api/v1/operator/payments").array().stream()
            .map(v -> v.asJsonObject())
            .filter(p -> p.getString("bookingId").equals(bookingId))
            .findFirst()
            .orElseThrow()
            .getString("id");
    operator.post(
        "/api/v1/operator/payments/" + paymentId + "/confirm", Api.obj(Map.of("note", "seen")));

    browser.open("/booking?id=" + bookingId);
    assertThat(browser.find("#booking-status").getAttribute("data-status")).isEqualTo("PAID");
    browser.select("#cancel\\:reason", "CHANGE_OF_PLANS");
    browser.submit("#cancel\\:go");
    assertThat(browser.find("#booking-status").getAttribute("data-status")).isEqualTo("REFUNDED");
    browser.screenshot("journey-omakase-cancelled");
    browser.logout();

    browser.login("operator@sakura.example", Env.DEMO_PASSWORD);
    browser.open("/booking?id=" + bookingId);
    assertThat(browser.find("#ledger tr[data-kind='REFUND']").getAttribute("data-amount"))
        .as("24–72 hours before the shoot: the policy's 50% tier")
        .isEqualTo("15000");
    browser.screenshot("journey-operator-ledger");
    browser.logout();
    assertThat(Sql.imbalance(bookingId)).isZero();
  }

  @Test
  void aShootRequestWithTwoProposalsBecomesABooking() {
    String firstEmail = Env.unique("wakayama1");
    var first = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60, "wakayama", firstEmail);
    var second =
        Accounts.photographer(
            Env.SAKURA, "shichigosan", 30000, 60, "wakayama", Env.unique("wakayama2"));
    String customerEmail = Env.unique("request");
    Accounts.signUp(Env.SAKURA, customerEmail, "リクエスト 家族", "CUSTOMER");

    browser.login(customerEmail, Env.PASSWORD);
    browser.open("/requests");
    browser.select("#post\\:category", "shichigosan");
    browser.select("#post\\:prefecture", "wakayama");
    browser.type("#post\\:city", "和歌山市");
    browser.setValue("#post\\:date", LocalDate.now(TOKYO).plusDays(25).toString());
    browser.setValue("#post\\:startTime", "11:00");
    browser.type("#post\\:duration", "90");
    browser.type("#post\\:budget", "35000");
    browser.type("#post\\:note", "和歌山城で七五三の撮影をお願いします");
    browser.submit("#post\\:go");
    String requestId = browser.find(".sp-request").getAttribute("data-request-id");
    browser.logout();

    browser.login(firstEmail, Env.PASSWORD);
    browser.open("/requests");
    browser.type(".sp-request[data-request-id='" + requestId + "'] .sp-proposal-price", "32000");
    browser.submit(".sp-request[data-request-id='" + requestId + "'] .sp-send-proposal");
    assertThat(browser.find(".sp-proposal").getAttribute("data-status")).isEqualTo("OPEN");
    browser.logout();
    var p2 =
        second
            .api()
            .post(
                "/api/v1/shoot-requests/" + requestId + "/proposals",
                Api.obj(Map.of("price", "29000", "message", "よろしくお願いします")));
    assertThat(p2.status()).isEqualTo(201);

    browser.login(customerEmail, Env.PASSWORD);
    browser.open("/requests");
    assertThat(browser.all(".sp-proposal")).hasSize(2);
    browser.screenshot("journey-request-proposals");
    browser.submit(
        ".sp-proposal[data-proposal-id='" + p2.json().getString("id") + "'] .sp-accept-proposal");
    assertThat(browser.find("#booking-status").getAttribute("data-status")).isEqualTo("ACCEPTED");
    assertThat(browser.text(".sp-table")).contains("29,000");
    String bookingId = browser.url().substring(browser.url().indexOf("id=") + 3);
    browser.logout();
    assertThat(Sql.text("SELECT photographer_id FROM booking WHERE id = ?", bookingId))
        .as("the accepted proposal's photographer, not the other one")
        .isEqualTo(second.id())
        .isNotEqualTo(first.id());
  }

  @Test
  void aRescheduleAskedByTheCustomerIsApprovedByThePhotographer() {
    String photographerEmail = Env.unique("reschedule-p");
    var photographer =
        Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60, "kyoto", photographerEmail);
    String customerEmail = Env.unique("reschedule-c");
    Api customer = Accounts.signUp(Env.SAKURA, customerEmail, "日程 変更", "CUSTOMER");
    var booking =
        customer.post(
            "/api/v1/bookings",
            Api.obj(
                Map.of(
                    "planId",
                    photographer.planId(),
                    "date",
                    LocalDate.now(TOKYO).plusDays(30).toString(),
                    "startTime",
                    "10:00")));
    String bookingId = booking.json().getString("id");
    photographer
        .api()
        .post("/api/v1/bookings/" + bookingId + "/accept", JsonObject.EMPTY_JSON_OBJECT);

    String newDate = LocalDate.now(TOKYO).plusDays(31).toString();
    browser.login(customerEmail, Env.PASSWORD);
    browser.open("/booking?id=" + bookingId);
    browser.setValue("#reschedule\\:date", newDate);
    browser.setValue("#reschedule\\:time", "14:00");
    browser.submit("#reschedule\\:ask");
    browser.find("#reschedule-asked");
    browser.logout();

    browser.login(photographerEmail, Env.PASSWORD);
    browser.open("/booking?id=" + bookingId);
    browser.submit("#reschedule\\:approve");
    browser.screenshot("journey-rescheduled");
    assertThat(browser.find("#booking-status").getAttribute("data-status")).isEqualTo("ACCEPTED");
    browser.open("/studio/ranking");
    assertThat(browser.text("#ranking-factors tr[data-factor='response']"))
        .as("the photographer sees their own factors: one request, answered")
        .contains("1/1");
    browser.screenshot("studio-ranking");
    browser.logout();
    var moved = customer.get("/api/v1/bookings/" + bookingId).json();
    assertThat(moved.getString("startsAt"))
        .isEqualTo(LocalDate.parse(newDate).atTime(14, 0).atZone(TOKYO).toInstant().toString());
  }
}
