package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * After a shoot, on a phone, in Japanese: the photographer sees the month's earnings (the figures
 * of the operator's payout report), answers the customer's review and reports a problem with the
 * booking; the operator sees the dispute.
 */
class StudioAfterShootIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  @RegisterExtension final Browsers browsers = new Browsers();
  private Browser browser;

  @Test
  void earningsAReplyAndADisputeFromThePages() throws Exception {
    var signed = browsers.photographerOnPhone("after-shoot", "/studio/earnings");
    var photographer = signed.photographer();
    browser = signed.browser();
    Api customer = Accounts.customer(Profile.PRODUCTION);
    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    String id =
        Accounts.paidBooking(
            customer,
            photographer.api(),
            operator,
            photographer.planId(),
            LocalDate.now(TOKYO).plusDays(12),
            "10:00",
            "");
    String base = "/api/v1/bookings/" + id;
    Accounts.deliverPhoto(photographer.api(), id, Color.PINK);
    assertThat(customer.post(base + "/complete", JsonObject.EMPTY_JSON_OBJECT).status())
        .isEqualTo(200);
    Concurrently.await(() -> Sql.sum(id, "PAYOUT") == 25500, "the payout");
    assertThat(customer.post(base + "/reviews", review(5, "素敵な写真でした")).status()).isEqualTo(201);
    assertThat(photographer.api().post(base + "/reviews", review(5, "ありがとうございました")).status())
        .isEqualTo(201);

    browser.open("/studio/earnings"); // again, now that money has moved
    String month = YearMonth.now(TOKYO).toString();
    browser.waitFor("#earnings", month);
    assertThat(browser.text("#earnings")).contains("￥25,500");
    JsonObject mine = photographer.api().get("/api/v1/me/earnings").array().getJsonObject(0);
    JsonObject report =
        operator.get("/api/v1/operator/payouts?month=" + month).array().stream()
            .map(v -> v.asJsonObject())
            .filter(r -> r.getString("photographerId").equals(photographer.id()))
            .findFirst()
            .orElseThrow();
    assertThat(mine.getString("month")).isEqualTo(month);
    assertThat(mine.getJsonNumber("paidMinor").longValue())
        .isEqualTo(25500)
        .isEqualTo(report.getJsonNumber("paid").longValue());
    assertThat(mine.getJsonNumber("bookings").longValue())
        .isEqualTo(report.getJsonNumber("bookings").longValue());
    assertThat(browser.overflowing()).isEmpty();
    browser.screenshot("studio-earnings-phone-ja");

    browser.open("/booking?id=" + id);
    browser.type("#reply\\:body", "またのご依頼をお待ちしております");
    browser.submit("#reply\\:go");
    assertThat(browser.text("#reviews-panel")).contains("↳ またのご依頼をお待ちしております");
    assertThat(browser.all("#reply\\:body")).as("one reply").isEmpty();
    assertThat(
            new Api(Env.SAKURA)
                .get("/api/v1/photographers/" + photographer.id() + "/reviews")
                .array()
                .getJsonObject(0)
                .getString("reply"))
        .isEqualTo("またのご依頼をお待ちしております");
    try (Browser visitor = Browser.phone(Env.SAKURA)) {
      visitor.open("/lang?to=ja&next=/");
      visitor.open("/photographer?id=" + photographer.id());
      assertThat(visitor.text("#reviews"))
          .as("the public profile shows the review with its reply")
          .contains("素敵な写真でした")
          .contains("フォトグラファーからの返信： またのご依頼をお待ちしております");
      assertThat(visitor.find("#reviews .sp-stars").getAttribute("aria-label")).isEqualTo("5つ星中 5");
      assertThat(visitor.accessibilityProblems()).isEmpty();
      assertThat(visitor.overflowing()).isEmpty();
      visitor.screenshot("profile-reviews-phone-ja");
    }

    browser.submit("#dispute\\:go");
    assertThat(browser.text("#dispute .sp-field-error"))
        .as("a reason is asked for, beside its field")
        .isEqualTo("問題の内容を1〜2,000文字で入力してください。");
    assertThat(browser.all("#dispute-open")).isEmpty();
    browser.type("#dispute\\:reason", "納品後に連絡が取れません");
    browser.submit("#dispute\\:go");
    assertThat(browser.text("#dispute-open")).contains("申し立て中");
    assertThat(browser.text("#dispute-reason")).isEqualTo("納品後に連絡が取れません");
    assertThat(operator.get("/api/v1/operator/disputes").text()).contains(id);
    browser.screenshot("booking-dispute-phone-ja");
  }

  private static JsonObject review(int stars, String body) {
    return Json.createObjectBuilder().add("stars", stars).add("body", body).build();
  }
}
