package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One customer's whole journey through the pages in each of the four themes, on a phone in
 * Japanese: home, search, a photographer's page with the slot picker, the request, the
 * photographer's acceptance in the studio's booking page, payment by bank transfer, the delivered
 * gallery, acceptance and a review. Every page is checked for overflow and accessibility and kept
 * as a screenshot, {@code target/screenshots/journey-<theme>-<page>.png}.
 *
 * <p>Sakura, paws and hanayome are the demo's marketplaces (sakura, paws and bridal themes); the
 * default theme is worn by a marketplace made for this test.
 */
class ThemeJourneyIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @RegisterExtension final Browsers browsers = new Browsers();

  /**
   * A marketplace, its theme, a category it offers and the operator who confirms payments; {@code
   * newOperator} is the e-mail of a new marketplace's operator, who has not set up bank transfer
   * yet (null for the demo's).
   */
  private record Marketplace(
      String host, String theme, String category, Api operator, String newOperator) {}

  @Test
  void aCustomerBooksPaysReceivesAndReviewsInEveryTheme() {
    Mailbox.server();
    List<Marketplace> marketplaces = new ArrayList<>();
    marketplaces.add(
        new Marketplace(
            Env.SAKURA,
            "sakura",
            "shichigosan",
            Accounts.demo(Profile.PRODUCTION, "operator@sakura.example"),
            null));
    marketplaces.add(
        new Marketplace(
            Env.PAWS, "paws", "dog", operator(Env.PAWS, "operator@paws.example"), null));
    String hanayome = "hanayome.localhost:" + Env.PORT;
    marketplaces.add(
        new Marketplace(
            hanayome, "bridal", "family", operator(hanayome, "operator@hanayome.example"), null));
    marketplaces.add(defaultThemed());

    Map<String, List<String>> problems = new LinkedHashMap<>();
    int day = 30;
    for (Marketplace marketplace : marketplaces) {
      journey(marketplace, LocalDate.now(TOKYO).plusDays(day++), problems);
    }
    assertThat(problems).as("serious accessibility violations or overflow, per page").isEmpty();
  }

  private void journey(Marketplace m, LocalDate shoot, Map<String, List<String>> problems) {
    String photographerEmail = Env.unique("journey-photographer");
    var photographer =
        Accounts.photographer(
            Profile.PRODUCTION, m.host(), m.category(), 24000, 60, "akita", photographerEmail);
    Api customerApi = Accounts.customer(m.host());
    String customerEmail = customerApi.get("/api/v1/auth/me").json().getString("email");

    // The customer finds the photographer from the home page and asks for a slot.
    Browser customer = browsers.phone(m.host());
    customer.open("/lang?to=ja&next=/");
    assertThat(customer.find("body").getAttribute("class")).contains("theme-" + m.theme());
    check(customer, m, "home", problems);
    customer.login(customerEmail, Env.PASSWORD);
    customer.open("/search?category=" + m.category() + "&prefecture=akita");
    check(customer, m, "search", problems);
    customer.find("a.sp-result[href$='" + photographer.id() + "']").click();
    customer.find("#photographer-name");
    check(customer, m, "profile", problems);
    customer.pickSlot(shoot, "10:00");
    customer.submit("#form\\:book");
    assertThat(customer.find("#booking-status").getAttribute("data-status"))
        .as(m.theme())
        .isEqualTo("REQUESTED");
    String bookingPath =
        URI.create(customer.url()).getRawPath() + "?" + URI.create(customer.url()).getRawQuery();
    String bookingId = URI.create(customer.url()).getQuery().substring("id=".length());
    check(customer, m, "booking-requested", problems);

    // The photographer accepts in their own browser; the customer pays by bank transfer.
    Browser studio = browsers.phone(m.host());
    studio.open("/lang?to=ja&next=/");
    studio.login(photographerEmail, Env.PASSWORD);
    studio.open(bookingPath);
    studio.submit("#actions\\:accept");
    assertThat(studio.find("#booking-status").getAttribute("data-status")).isEqualTo("ACCEPTED");
    check(studio, m, "studio-booking", problems);
    customer.open(bookingPath);
    if (m.newOperator() != null) {
      // No bank details yet: the booking page still works, and paying says it is unavailable.
      customer.submit("#actions\\:pay");
      assertThat(customer.text("#messages")).contains("ご利用いただけません");
      assertThat(customer.find("#booking-status").getAttribute("data-status"))
          .isEqualTo("ACCEPTED");
      Browser console = browsers.phone(m.host());
      console.open("/lang?to=ja&next=/");
      console.login(m.newOperator(), Env.PASSWORD);
      console.open("/operator/settings");
      console.type("#plugin-payment-invoice-bankDetails", "旅路銀行 本店 普通 7654321");
      console.submit("form[data-plugin-id='payment-invoice'] .sp-save-plugin");
      assertThat(console.text("#messages")).contains("保存しました");
      check(console, m, "operator-settings", problems);
      browsers.close(console);
      customer.open(bookingPath);
    }
    customer.submit("#actions\\:pay");
    assertThat(customer.text("#payment-instructions")).contains("24000 JPY");
    check(customer, m, "payment", problems);
    String paymentId =
        customerApi.get("/api/v1/bookings/" + bookingId + "/payment").json().getString("id");
    var confirmed =
        m.operator()
            .post(
                "/api/v1/operator/payments/" + paymentId + "/confirm",
                Api.obj(Map.of("note", "seen")));
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

    // Photos are delivered; the customer sees the gallery, accepts it and writes a review.
    Accounts.deliverPhoto(photographer.api(), bookingId, Color.ORANGE);
    studio.open(bookingPath);
    assertThat(studio.find("#booking-status").getAttribute("data-status")).isEqualTo("DELIVERED");
    customer.open(bookingPath);
    customer.reloadUntil("img.sp-thumb", 1);
    check(customer, m, "gallery", problems);
    customer.submit("#actions\\:complete");
    assertThat(customer.find("#booking-status").getAttribute("data-status")).isEqualTo("COMPLETED");
    customer.select("#review\\:stars", "5");
    customer.type("#review\\:body", "とても良い写真でした（" + m.theme() + "）");
    customer.submit("#review\\:go");
    assertThat(customer.text("#reviews-panel")).contains("とても良い写真でした");
    check(customer, m, "review", problems);
    browsers.close(studio);
    browsers.close(customer);
  }

  /** Records what does not hold on the page and keeps its screenshot. */
  private static void check(
      Browser browser, Marketplace m, String page, Map<String, List<String>> problems) {
    browser.screenshot("journey-" + m.theme() + "-" + page);
    List<String> found = new ArrayList<>(browser.accessibilityProblems());
    found.addAll(browser.overflowing());
    if (!found.isEmpty()) {
      problems.put(m.theme() + " " + page, found);
    }
  }

  private static Api operator(String host, String email) {
    Api operator = new Api(host);
    var login = operator.login(email, Env.DEMO_PASSWORD);
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return operator;
  }

  /** A new marketplace in the default theme, offering family photos. */
  private static Marketplace defaultThemed() {
    String id = "journey-" + MarketplaceConsoleIT.nonce();
    String hostName = id + ".localhost";
    String operatorEmail = Env.unique("journey-operator");
    Api operator = MarketplaceConsoleIT.newMarketplace(id, hostName, operatorEmail);
    JsonObject theme = Api.obj(Map.of("theme", "default"));
    assertThat(operator.put("/api/v1/operator/settings/theme", theme).status()).isEqualTo(200);
    var categories =
        operator.put(
            "/api/v1/operator/settings/categories",
            Api.obj(Map.of("plugins", MarketplaceConsoleIT.array("category-family"))));
    assertThat(categories.status()).as(categories.toString()).isEqualTo(200);
    return new Marketplace(hostName + ":" + Env.PORT, "default", "family", operator, operatorEmail);
  }
}
