package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A photographer sets their availability from the studio on a phone: weekly hours with a lunch
 * break, a day off, notice; a wrong window is refused beside its input with nothing saved; the
 * calendar shows a customer's request and its backup date; the feed's address is renewed and the
 * old one stops working. Then the same page on a desktop, in English.
 */
class StudioAvailabilityIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  @RegisterExtension final Browsers browsers = new Browsers();
  private Browser browser;

  @Test
  void aPhotographerSetsTheirHoursAndSeesTheirBookingsOnAPhone() {
    var signed = browsers.photographerOnPhone("studio-hours", "/studio/profile");
    var photographer = signed.photographer();
    browser = signed.browser();
    browser.find("#studio-nav-availability").click();
    browser.find("#form\\:save");
    assertThat(browser.text("h1")).isEqualTo("スケジュール");
    assertThat(browser.overflowing())
        .as("nothing wider than the phone's screen but the tables that scroll")
        .isEmpty();

    LocalDate today = LocalDate.now(TOKYO);
    LocalDate monday = today.plusDays(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    LocalDate dayOff = monday.plusDays(1);
    // Monday 09:00–12:00 and 13:00–17:00, Tuesday 10:00–16:00 but the coming one off.
    browser.setValue("#form\\:days\\:0\\:start1", "09:00");
    browser.setValue("#form\\:days\\:0\\:end1", "12:00");
    browser.setValue("#form\\:days\\:0\\:start2", "13:00");
    browser.setValue("#form\\:days\\:0\\:end2", "17:00");
    browser.setValue("#form\\:days\\:1\\:start1", "10:00");
    browser.setValue("#form\\:days\\:1\\:end1", "16:00");
    for (int day = 2; day < 7; day++) {
      browser.setValue("#form\\:days\\:" + day + "\\:start1", "");
      browser.setValue("#form\\:days\\:" + day + "\\:end1", "");
    }
    browser.click("#form\\:addException");
    browser.find("#form\\:dates\\:0\\:date");
    browser.setValue("#form\\:dates\\:0\\:date", dayOff.toString());
    browser.retype("#form\\:minNoticeHours_input", "48");
    browser.screenshot("studio-availability-phone-ja");
    browser.submit("#form\\:save");
    assertThat(browser.text("#messages")).contains("スケジュールを保存しました");

    JsonObject saved = photographer.api().get("/api/v1/me/availability").json();
    assertThat(saved.getInt("minNoticeMinutes")).isEqualTo(48 * 60);
    assertThat(saved.getJsonArray("weekly").toString())
        .isEqualTo(
            "[{\"end\":\"12:00\",\"start\":\"09:00\",\"weekday\":1},"
                + "{\"end\":\"17:00\",\"start\":\"13:00\",\"weekday\":1},"
                + "{\"end\":\"16:00\",\"start\":\"10:00\",\"weekday\":2}]");
    assertThat(saved.getJsonArray("exceptions").getJsonObject(0).getString("date"))
        .isEqualTo(dayOff.toString());
    var slots =
        photographer
            .api()
            .get(
                "/api/v1/plans/"
                    + photographer.planId()
                    + "/slots?from="
                    + monday
                    + "&to="
                    + dayOff)
            .json();
    assertThat(slots.getJsonArray(monday.toString()).toString())
        .as("a 60-minute plan starts every half hour inside the windows, not over lunch")
        .contains("\"09:00\"", "\"11:00\"", "\"13:00\"", "\"16:00\"")
        .doesNotContain("\"11:30\"", "\"12:00\"", "\"12:30\"", "\"16:30\"");
    assertThat(slots.containsKey(dayOff.toString())).as("the day off").isFalse();

    // A window that ends before it starts: refused beside it, in Japanese; nothing changes.
    browser.setValue("#form\\:days\\:2\\:start1", "18:00");
    browser.setValue("#form\\:days\\:2\\:end1", "08:00");
    browser.submit("#form\\:save");
    assertThat(browser.find("#form\\:days\\:2\\:start1")).isNotNull();
    assertThat(browser.all(".sp-week .sp-field-error").size()).isEqualTo(1);
    assertThat(browser.all(".sp-week tr[data-weekday='3'] .sp-field-error")).hasSize(1);
    assertThat(photographer.api().get("/api/v1/me/availability").json().getJsonArray("weekly"))
        .hasSize(3);

    // A customer asks for Monday 10:00 with the next Monday as backup: the calendar shows both.
    Api customer = Accounts.customer(Profile.PRODUCTION);
    var request =
        customer.post(
            "/api/v1/bookings",
            Api.obj(
                Map.of(
                    "planId", photographer.planId(),
                    "date", monday.toString(),
                    "startTime", "10:00",
                    "backupDate", monday.plusWeeks(1).toString())));
    assertThat(request.status()).as(request.toString()).isEqualTo(201);
    String reference = request.json().getString("reference");
    browser.open("/studio/availability");
    JsonObject calendar =
        photographer
            .api()
            .get("/api/v1/me/calendar?from=" + monday + "&to=" + monday.plusWeeks(1))
            .json();
    assertThat(calendar.getString("timeZone")).isEqualTo("Asia/Tokyo");
    assertThat(calendar.getJsonArray("entries").toString())
        .contains(
            "\"backup\":false",
            "\"backup\":true",
            "\"status\":\"REQUESTED\"",
            "\"start\":\"" + monday + "T10:00:00\"");
    // The phone shows a week's list (weeks start on Sunday in Japanese): go to Monday's week.
    LocalDate shownSunday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    long weeks = ChronoUnit.WEEKS.between(shownSunday, monday);
    for (int week = 0; week < weeks; week++) {
      browser.click(".fc-next-button");
    }
    browser.waitFor("#calendar\\:schedule", reference + " · リクエスト中");
    browser.screenshot("studio-calendar-phone-ja");
    browser.click(".fc-next-button");
    browser.waitFor("#calendar\\:schedule", reference + " · 予備日");

    // The feed: the old address stops working once renewed.
    String before = browser.find("#feed\\:url").getAttribute("value");
    assertThat(before).startsWith("http://" + Env.SAKURA + "/api/v1/calendars/");
    Api anyone = new Api(Env.SAKURA);
    String beforePath = before.substring(before.indexOf("/api/"));
    assertThat(anyone.get(beforePath).text()).contains(reference);
    assertThat(browser.find("#subscribe").getAttribute("href")).startsWith("webcal://");
    browser.submit("#feed\\:renew");
    assertThat(browser.text("#messages")).contains("再発行しました");
    String after = browser.find("#feed\\:url").getAttribute("value");
    assertThat(after).isNotEqualTo(before);
    assertThat(anyone.get(beforePath).status()).isEqualTo(404);
    assertThat(anyone.get(after.substring(after.indexOf("/api/"))).status()).isEqualTo(200);
  }

  @Test
  void theSamePageOnADesktopInEnglish() {
    String email = Env.unique("studio-desktop");
    Accounts.photographer(Profile.PRODUCTION, Env.SAKURA, "shichigosan", 30000, 60, "saga", email);
    browser = browsers.desktop(Env.SAKURA);
    browser.login(email, Env.PASSWORD);
    browser.open("/lang?to=en&next=/studio/availability");
    browser.find("#form\\:save");
    assertThat(browser.text("h1")).isEqualTo("Availability");
    assertThat(browser.text("#week")).contains("Monday", "Sunday");
    assertThat(browser.find(".fc-timegrid").isDisplayed())
        .as("a week's time grid on a wide screen")
        .isTrue();
    browser.setValue("#form\\:days\\:0\\:start1", "09:00");
    browser.setValue("#form\\:days\\:0\\:end1", "");
    browser.submit("#form\\:save");
    assertThat(browser.text(".sp-week tr[data-weekday='1'] .sp-field-error"))
        .isEqualTo("Enter a time window as HH:MM to HH:MM, ending after it starts.");
    browser.setValue("#form\\:days\\:0\\:end1", "12:00");
    browser.submit("#form\\:save");
    assertThat(browser.text("#messages")).contains("Your availability is saved.");
    browser.find(".fc-bg-event.sp-cal-open"); // Monday's hours shaded in the week's grid
    browser.screenshot("studio-availability-desktop-en");
  }
}
