package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * A customer books from a profile on a phone with the slot picker: the next free dates, then the
 * free start times the slots API gives for the plan — nothing typed. Asking without a time is
 * refused beside the picker; a booked time is gone from the picker afterwards.
 */
class SlotPickerIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  @RegisterExtension final Browsers browsers = new Browsers();
  private Browser browser;

  @Test
  void aCustomerPicksAFreeTimeOnAPhone() {
    var photographer = Accounts.photographer(Profile.PRODUCTION, 30000);
    var saved =
        photographer
            .api()
            .put(
                "/api/v1/me/availability",
                Json.createObjectBuilder()
                    .add("timeZone", "Asia/Tokyo")
                    .add("bufferBeforeMinutes", 0)
                    .add("bufferAfterMinutes", 0)
                    .add("minNoticeMinutes", 1440)
                    .add("horizonDays", 60)
                    .add(
                        "weekly",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("weekday", 1)
                                    .add("start", "09:00")
                                    .add("end", "11:00")))
                    .add("exceptions", Json.createArrayBuilder())
                    .build());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    String email = Env.unique("slot-customer");
    Accounts.signUp(Profile.PRODUCTION, Env.SAKURA, email, "枠 選び", "CUSTOMER");

    browser = browsers.phone(Env.SAKURA);
    browser.login(email, Env.PASSWORD);
    browser.open("/lang?to=ja&next=" + "/photographer?id=" + photographer.id());
    browser.find("#form\\:book");
    // A day's chip shows once any of its starts is a day's notice away.
    Instant notice = Instant.now().plusSeconds(24 * 3600 + 60);
    LocalDate firstMonday =
        LocalDate.now(TOKYO)
            .with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    while (firstMonday.atTime(10, 0).atZone(TOKYO).toInstant().isBefore(notice)) {
      firstMonday = firstMonday.plusWeeks(1);
    }
    LocalDate monday = firstMonday;
    List<String> expected =
        java.util.stream.Stream.of("09:00", "09:30", "10:00")
            .filter(
                t ->
                    monday
                        .atTime(java.time.LocalTime.parse(t))
                        .atZone(TOKYO)
                        .toInstant()
                        .isAfter(notice))
            .toList();
    browser.waitFor("#slot-picker", "10:00"); // the last start fits every free Monday
    List<String> dates = texts(browser.all("#free-dates .sp-date"));
    assertThat(dates)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(LocalDate.parse(d).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
    assertThat(dates.get(0)).isEqualTo(firstMonday.toString());
    assertThat(browser.find("#form\\:date").getAttribute("value"))
        .as("the first free date is picked for the customer")
        .isEqualTo(firstMonday.toString());
    assertThat(texts(browser.all("#slot-picker .sp-slot")))
        .as("a 60-minute plan in 09:00–11:00, every half hour")
        .containsExactlyElementsOf(expected);
    assertThat(browser.overflowing()).as("the page fits a phone's width").isEmpty();

    browser.submit("#form\\:book");
    assertThat(browser.text("#slot-picker ~ .sp-field-error")).isEqualTo("空いている開始時刻を選んでください。");

    // 09:30–10:30 overlaps every start of that Monday (10:00 when the earlier ones are too soon).
    String picked = expected.contains("09:30") ? "09:30" : "10:00";
    browser.pickSlot(firstMonday, picked);
    browser.screenshot("profile-slot-picker-phone-ja");
    browser.submit("#form\\:book");
    assertThat(browser.find("#booking-status").getAttribute("data-status")).isEqualTo("REQUESTED");
    String bookingId = browser.url().substring(browser.url().indexOf("id=") + 3);
    var booking =
        new Api(Env.SAKURA)
            .get(
                "/api/v1/plans/"
                    + photographer.planId()
                    + "/slots?from="
                    + firstMonday
                    + "&to="
                    + firstMonday);
    assertThat(booking.json().containsKey(firstMonday.toString()))
        .as("no hour fits that Monday any more")
        .isFalse();
    assertThat(
            Instant.parse(
                photographer
                    .api()
                    .get("/api/v1/bookings/" + bookingId)
                    .json()
                    .getString("startsAt")))
        .isEqualTo(firstMonday.atTime(java.time.LocalTime.parse(picked)).atZone(TOKYO).toInstant());

    browser.open("/photographer?id=" + photographer.id());
    browser.find("#form\\:book");
    browser.waitForScript(
        "return document.querySelectorAll('#free-dates .sp-date').length > 0 ? true : null;");
    assertThat(texts(browser.all("#free-dates .sp-date")))
        .as("the booked Monday is no longer offered")
        .doesNotContain(firstMonday.toString());
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }
}
