package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The operator's dashboard on a phone: this week's requests, payments and money paid in, drawn as
 * Chart.js charts (from PrimeFaces) and listed in a table with the API's figures; a paid booking
 * moves them.
 */
class OperatorDashboardIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  @RegisterExtension final Browsers browsers = new Browsers();
  private Browser browser;

  @Test
  void thisWeeksBookingsAndMoneyOnTheDashboard() {
    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    JsonObject before = thisWeek(operator);
    var photographer = Accounts.photographer(Profile.PRODUCTION, 30000);
    Api customer = Accounts.customer(Profile.PRODUCTION);
    Accounts.paidBooking(
        customer,
        photographer.api(),
        operator,
        photographer.planId(),
        LocalDate.now(TOKYO).plusDays(9),
        "10:00",
        "");
    JsonObject after = thisWeek(operator);
    assertThat(after.getInt("requested")).isEqualTo(before.getInt("requested") + 1);
    assertThat(after.getInt("paid")).isEqualTo(before.getInt("paid") + 1);
    assertThat(after.getJsonNumber("revenueMinor").longValue())
        .isEqualTo(before.getJsonNumber("revenueMinor").longValue() + 30000);
    assertThat(customer.get("/api/v1/operator/dashboard").status()).isEqualTo(403);

    browser = browsers.phone(Env.SAKURA);
    browser.login("operator@sakura.example", Env.DEMO_PASSWORD);
    browser.open("/lang?to=ja&next=/operator/dashboard");
    String week = after.getString("weekStart");
    String row = "tr[data-week='" + week + "']";
    assertThat(browser.text(row + " .sp-requested")).isEqualTo(after.get("requested").toString());
    assertThat(browser.text(row + " .sp-paid")).isEqualTo(after.get("paid").toString());
    assertThat(browser.all("tr.sp-week-row")).hasSize(12);
    browser.find("#bookings-chart canvas");
    browser.find("#late-chart canvas");
    assertThat(browser.text("#conversion")).contains("%");
    assertThat(browser.overflowing()).isEmpty();
    assertThat(browser.accessibilityProblems()).isEmpty();
    browser.screenshot("operator-dashboard-phone-ja");
  }

  private static JsonObject thisWeek(Api operator) {
    var weeks = operator.get("/api/v1/operator/dashboard").json().getJsonArray("weeks");
    assertThat(weeks).hasSize(12);
    return weeks.getJsonObject(11);
  }
}
