package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A visitor's home page on a phone: featured photographers with their cover photos, how it works,
 * the latest published review, and a search box with a date that leads to search.
 */
class HomePageIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void theHomePageSellsAndSearchesByDate() {
    String words = "ホーム掲載レビュー" + Long.toString(System.nanoTime(), 36);
    // The home page is read first, so its quotes are kept: publishing must drop them.
    assertThat(new Api(Env.SAKURA).get("/").text()).doesNotContain(words);
    publishedReview(words);

    Browser browser = browsers.phone(Env.SAKURA);
    browser.open("/lang?to=ja&next=/");
    assertThat(browser.all("#featured .sp-featured")).isNotEmpty().hasSizeLessThanOrEqualTo(6);
    Object covers =
        browser.waitForScript(
            "var imgs = document.querySelectorAll('#featured img.sp-cover-photo');"
                + " if (!imgs.length) return null;"
                + " for (var i = 0; i < imgs.length; i++) {"
                + "   imgs[i].scrollIntoView();"
                + "   if (!imgs[i].complete || imgs[i].naturalWidth === 0) return null; }"
                + " return imgs.length;");
    assertThat(((Number) covers).intValue()).as("demo photographers have covers").isPositive();
    assertThat(browser.all("#how-it-works li")).hasSize(3);
    assertThat(browser.text("#recent-reviews")).contains(words);
    assertThat(browser.overflowing()).isEmpty();
    assertThat(browser.accessibilityProblems()).isEmpty();
    browser.screenshot("home-phone-ja");

    String date = LocalDate.now(TOKYO).plusDays(20).toString();
    browser.setValue("#home-date", date);
    browser.submit("#home-search-go");
    assertThat(browser.url()).contains("/search").contains("date=" + date);
    assertThat(browser.find("#search-date").getAttribute("value")).isEqualTo(date);
  }

  /** A completed booking reviewed by both sides, so the customer's review is published. */
  private static void publishedReview(String words) {
    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    var photographer = Accounts.photographer(Profile.PRODUCTION, 22000);
    Api customer = Accounts.customer(Profile.PRODUCTION);
    String id =
        Accounts.paidBooking(
            customer,
            photographer.api(),
            operator,
            photographer.planId(),
            LocalDate.now(TOKYO).plusDays(15),
            "10:00",
            "");
    String base = "/api/v1/bookings/" + id;
    Accounts.deliverPhoto(photographer.api(), id, Color.YELLOW);
    assertThat(customer.post(base + "/complete", JsonObject.EMPTY_JSON_OBJECT).status())
        .isEqualTo(200);
    assertThat(customer.post(base + "/reviews", review(5, words)).status()).isIn(200, 201);
    assertThat(photographer.api().post(base + "/reviews", review(5, "ありがとう")).status())
        .isIn(200, 201);
  }

  private static JsonObject review(int stars, String body) {
    return Json.createObjectBuilder().add("stars", stars).add("body", body).build();
  }
}
