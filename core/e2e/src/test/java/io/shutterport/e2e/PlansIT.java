package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A photographer's plans through the API, on both profiles: changed with every field, checked as
 * when added, only by their owner; retired plans leave the profile and can no longer be booked
 * while bookings made with them go on; instant-book plans are accepted as they are requested.
 */
class PlansIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @ParameterizedTest
  @EnumSource(Profile.class)
  void plansAreChangedRetiredAndBookedInstantly(Profile profile) {
    var photographer = Accounts.photographer(profile, 30000);
    Api api = photographer.api().withLanguage("ja");
    String plan = "/api/v1/me/plans/" + photographer.planId();
    Map<String, Object> fields = new HashMap<>();
    fields.put("categoryId", "shichigosan");
    fields.put("title", "七五三 たっぷりプラン");
    fields.put("durationMinutes", 90);
    fields.put("price", 45000);
    fields.put("photoCount", 80);
    fields.put("deliveryDays", 10);
    fields.put("extraMinutes", 30);
    fields.put("extraPrice", 6000);
    fields.put("expressDays", 3);
    fields.put("expressPrice", 9000);
    fields.put("instantBook", true);
    var changed = api.put(plan, Api.obj(fields));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    JsonObject shown = publicPlans(profile, photographer.id()).getJsonObject(0);
    assertThat(shown.getString("title")).isEqualTo("七五三 たっぷりプラン");
    assertThat(shown.getInt("durationMinutes")).isEqualTo(90);
    assertThat(shown.getJsonObject("price").getJsonNumber("minorUnits").longValue())
        .isEqualTo(45000);
    assertThat(shown.getInt("deliveryDays")).isEqualTo(10);
    assertThat(shown.getInt("expressDays")).isEqualTo(3);
    assertThat(shown.getBoolean("instantBook")).isTrue();

    // Checked as when added: nothing changes on a refusal.
    fields.put("expressDays", 10);
    var refused = api.put(plan, Api.obj(fields));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().toString()).contains("expressDays");
    assertThat(publicPlans(profile, photographer.id()).getJsonObject(0).getInt("expressDays"))
        .isEqualTo(3);
    fields.put("expressDays", 3);
    var stranger = Accounts.photographer(profile, 20000);
    assertThat(stranger.api().put(plan, Api.obj(fields)).status())
        .as("another photographer's plan is not found")
        .isEqualTo(404);
    assertThat(stranger.api().delete(plan).status()).isEqualTo(404);
    Api customer = Accounts.customer(profile);
    assertThat(customer.put(plan, Api.obj(fields)).status()).isEqualTo(403);

    // Instant book: the request is accepted as it is made.
    LocalDate day = LocalDate.now(TOKYO).plusDays(20);
    var instant = book(customer, photographer.planId(), day, "10:00");
    assertThat(instant.status()).as(instant.toString()).isEqualTo(201);
    assertThat(instant.json().getString("status")).isEqualTo("ACCEPTED");
    fields.put("instantBook", false);
    assertThat(api.put(plan, Api.obj(fields)).status()).isEqualTo(200);
    var asked = book(customer, photographer.planId(), day, "14:00");
    assertThat(asked.json().getString("status")).isEqualTo("REQUESTED");

    // Retired: off the profile, not bookable, while its bookings go on.
    assertThat(api.delete(plan).status()).isEqualTo(204);
    assertThat(publicPlans(profile, photographer.id())).isEmpty();
    assertThat(book(customer, photographer.planId(), day.plusDays(1), "10:00").status())
        .isEqualTo(404);
    assertThat(api.put(plan, Api.obj(fields)).status()).isEqualTo(404);
    assertThat(api.delete(plan).status()).isEqualTo(404);
    var accepted =
        api.post(
            "/api/v1/bookings/" + asked.json().getString("id") + "/accept",
            JsonObject.EMPTY_JSON_OBJECT);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");
  }

  private static jakarta.json.JsonArray publicPlans(Profile profile, String photographerId) {
    return profile
        .api(profile.sakura())
        .get("/api/v1/photographers/" + photographerId)
        .json()
        .getJsonObject("profile")
        .getJsonArray("plans");
  }

  private static Api.Answer book(Api customer, String planId, LocalDate date, String time) {
    return customer.post(
        "/api/v1/bookings",
        Api.obj(Map.of("planId", planId, "date", date.toString(), "startTime", time)));
  }
}
