package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Availability end to end: weekly rules, date exceptions, buffers and notice decide the slots a
 * customer sees and the requests the server accepts; the photographer's bookings reach their
 * calendar app through an ICS feed.
 */
class AvailabilityIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void rulesExceptionsAndBookingsMakeTheSlots() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api api = photographer.api();
    var defaults = api.get("/api/v1/me/availability");
    assertThat(defaults.status()).isEqualTo(200);
    assertThat(defaults.json().getJsonArray("weekly"))
        .as("a new photographer works 9–18 daily")
        .hasSize(7);

    LocalDate sunday1 =
        LocalDate.now(TOKYO).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    LocalDate sunday2 = sunday1.plusWeeks(1);
    LocalDate sunday3 = sunday1.plusWeeks(2);
    var saved =
        api.put(
            "/api/v1/me/availability",
            availability(
                Json.createArrayBuilder()
                    .add(window(7, "09:00", "12:00"))
                    .add(window(6, "13:00", "17:00"))
                    .build(),
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("date", sunday1.toString()))
                    .add(
                        Json.createObjectBuilder()
                            .add("date", sunday2.toString())
                            .add("start", "16:00")
                            .add("end", "18:00"))
                    .build()));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

    Api anonymous = new Api(Env.SAKURA);
    JsonObject slots =
        anonymous
            .get(
                "/api/v1/plans/"
                    + photographer.planId()
                    + "/slots?from="
                    + sunday1
                    + "&to="
                    + sunday3)
            .json();
    assertThat(slots.containsKey(sunday1.toString())).as("closed by an exception").isFalse();
    assertThat(strings(slots.getJsonArray(sunday2.toString())))
        .as("replaced by the exception's window")
        .containsExactly("16:00", "16:30", "17:00");
    assertThat(strings(slots.getJsonArray(sunday3.toString())))
        .containsExactly("09:00", "09:30", "10:00", "10:30", "11:00");
    assertThat(strings(slots.getJsonArray(sunday3.minusDays(1).toString())))
        .as("Saturday afternoon")
        .contains("13:00", "16:00")
        .doesNotContain("16:30");

    Api customer = Accounts.customer(Env.SAKURA);
    var outside =
        customer.post(
            "/api/v1/bookings",
            Api.obj(
                Map.of(
                    "planId",
                    photographer.planId(),
                    "date",
                    sunday1.toString(),
                    "startTime",
                    "10:00")));
    assertThat(outside.status()).as(outside.toString()).isEqualTo(400);
    assertThat(outside.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("does not take bookings");

    var booked =
        customer.post(
            "/api/v1/bookings",
            Api.obj(
                Map.of(
                    "planId",
                    photographer.planId(),
                    "date",
                    sunday3.toString(),
                    "startTime",
                    "09:30")));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    JsonObject after =
        anonymous
            .get(
                "/api/v1/plans/"
                    + photographer.planId()
                    + "/slots?from="
                    + sunday3
                    + "&to="
                    + sunday3)
            .json();
    assertThat(strings(after.getJsonArray(sunday3.toString())))
        .as("09:30–10:30 booked, 30 minutes kept free after it")
        .containsExactly("11:00");

    String feedUrl = api.get("/api/v1/me/availability").json().getString("calendarUrl");
    var feed = anonymous.get(feedUrl);
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.header("Content-Type")).startsWith("text/calendar");
    assertThat(feed.text())
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains(booked.json().getString("reference"))
        .contains("DTSTART:" + sunday3.toString().replace("-", "") + "T003000Z")
        .contains("STATUS:TENTATIVE")
        .endsWith("END:VCALENDAR\r\n");
    assertThat(new Api(Env.PAWS).get(feedUrl).status())
        .as("another marketplace does not know the feed")
        .isEqualTo(404);
    assertThat(anonymous.get("/api/v1/calendars/" + "0".repeat(48) + ".ics").status())
        .isEqualTo(404);
  }

  @Test
  void badAvailabilityIsRefusedWithoutChange() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api api = photographer.api();
    JsonObject before = api.get("/api/v1/me/availability").json();
    var bad =
        Map.of(
            "overlapping windows",
            availability(
                Json.createArrayBuilder()
                    .add(window(1, "09:00", "12:00"))
                    .add(window(1, "11:00", "13:00"))
                    .build(),
                JsonArray.EMPTY_JSON_ARRAY),
            "weekday 8",
            availability(
                Json.createArrayBuilder().add(window(8, "09:00", "12:00")).build(),
                JsonArray.EMPTY_JSON_ARRAY),
            "ends before it starts",
            availability(
                Json.createArrayBuilder().add(window(2, "12:00", "09:00")).build(),
                JsonArray.EMPTY_JSON_ARRAY),
            "not a time",
            availability(
                Json.createArrayBuilder().add(window(2, "25:00", "26:00")).build(),
                JsonArray.EMPTY_JSON_ARRAY),
            "past exception",
            availability(
                JsonArray.EMPTY_JSON_ARRAY,
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("date", "2020-01-01"))
                    .build()));
    bad.forEach(
        (what, body) -> {
          var answer = api.put("/api/v1/me/availability", body);
          assertThat(answer.status()).as(what + ": " + answer).isEqualTo(400);
          assertThat(answer.json().getJsonArray("errors")).as(what).isNotEmpty();
        });
    var badZone =
        api.put(
            "/api/v1/me/availability",
            Json.createObjectBuilder(
                    availability(JsonArray.EMPTY_JSON_ARRAY, JsonArray.EMPTY_JSON_ARRAY))
                .add("timeZone", "Mars/Olympus")
                .build());
    assertThat(badZone.status()).isEqualTo(400);
    assertThat(api.get("/api/v1/me/availability").json()).isEqualTo(before);
    var slots =
        new Api(Env.SAKURA)
            .get("/api/v1/plans/" + photographer.planId() + "/slots?from=2030-01-01&to=2030-06-01");
    assertThat(slots.status()).as("at most 31 days at once").isEqualTo(400);
  }

  /**
   * The studio's calendar as the API gives it (both profiles): only photographers ask, for at most
   * 62 days; a renewed feed address retires the old one at once.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Profile.class)
  void theStudioCalendarAndItsFeedAddress(Profile profile) {
    var photographer = Accounts.photographer(profile, 30000);
    Api api = photographer.api().withLanguage("ja");
    LocalDate today = LocalDate.now(TOKYO);
    var month = api.get("/api/v1/me/calendar?from=" + today + "&to=" + today.plusDays(30));
    assertThat(month.status()).as(month.toString()).isEqualTo(200);
    assertThat(month.json().getJsonArray("open")).as("9–18 daily by default").hasSize(31);
    assertThat(month.json().getJsonArray("entries")).isEmpty();
    var tooLong = api.get("/api/v1/me/calendar?from=" + today + "&to=" + today.plusDays(63));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().toString()).contains("最大62日間");
    assertThat(api.get("/api/v1/me/calendar?from=soon&to=" + today).status()).isEqualTo(400);
    Api customer = Accounts.customer(profile);
    assertThat(customer.get("/api/v1/me/calendar?from=" + today + "&to=" + today).status())
        .isEqualTo(403);
    assertThat(customer.post("/api/v1/me/calendar-url", JsonObject.EMPTY_JSON_OBJECT).status())
        .isEqualTo(403);

    String old = api.get("/api/v1/me/availability").json().getString("calendarUrl");
    Api anyone = profile.api(profile.sakura());
    assertThat(anyone.get(old).status()).isEqualTo(200);
    var renewed = api.post("/api/v1/me/calendar-url", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
    String fresh = renewed.json().getString("calendarUrl");
    assertThat(fresh).isNotEqualTo(old).matches("/api/v1/calendars/[0-9a-f]{48}\\.ics");
    assertThat(anyone.get(old).status()).isEqualTo(404);
    assertThat(anyone.get(fresh).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/me/availability").json().getString("calendarUrl")).isEqualTo(fresh);
  }

  private static JsonObject window(int weekday, String start, String end) {
    return Json.createObjectBuilder()
        .add("weekday", weekday)
        .add("start", start)
        .add("end", end)
        .build();
  }

  private static JsonObject availability(JsonArray weekly, JsonArray exceptions) {
    return Json.createObjectBuilder()
        .add("timeZone", "Asia/Tokyo")
        .add("bufferBeforeMinutes", 0)
        .add("bufferAfterMinutes", 30)
        .add("minNoticeMinutes", 1440)
        .add("horizonDays", 90)
        .add("weekly", weekly)
        .add("exceptions", exceptions)
        .build();
  }

  private static java.util.List<String> strings(JsonArray array) {
    return array == null
        ? java.util.List.of()
        : array.getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
  }
}
