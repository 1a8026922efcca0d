package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The customer's selection of delivered photos: at most the plan's limit (concurrent marks never
 * pass it), sent to the photographer once and then fixed; the downloads show their size. API on
 * both profiles, and the page on a phone.
 */
class GallerySelectionIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  @RegisterExtension final Browsers browsers = new Browsers();

  /** A delivered booking of a plan whose customer may select {@code limit} of three photos. */
  private record Delivered(
      String id, Api customer, String customerEmail, Api photographer, List<String> photos) {}

  @ParameterizedTest
  @EnumSource(Profile.class)
  void theSelectionStopsAtThePlansLimitAndIsFixedOnceSent(Profile profile) throws Exception {
    Delivered booking = delivered(profile, 2, 40);
    String path = "/api/v1/bookings/" + booking.id() + "/selection";
    JsonObject empty = booking.customer().get(path).json();
    assertThat(empty.getInt("selected")).isZero();
    assertThat(empty.getInt("limit")).isEqualTo(2);
    assertThat(empty.getInt("photos")).isEqualTo(3);
    assertThat(empty.getJsonNumber("allBytes").longValue()).isPositive();
    var nothing = booking.customer().post(path, JsonObject.EMPTY_JSON_OBJECT);
    assertThat(nothing.status()).as("nothing to send").isEqualTo(409);
    assertThat(nothing.json().getString("detail")).containsAnyOf("1枚以上", "at least one photo");

    List<Callable<Api.Answer>> marks = new ArrayList<>();
    for (String photo : booking.photos()) {
      for (int i = 0; i < 3; i++) {
        marks.add(
            () ->
                booking
                    .customer()
                    .put("/api/v1/photos/" + photo + "/favourite", JsonObject.EMPTY_JSON_OBJECT));
      }
    }
    List<Api.Answer> answers = Concurrently.run(marks);
    assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 409));
    assertThat(answers).anySatisfy(a -> assertThat(a.status()).isEqualTo(409));
    JsonObject marked = booking.customer().get(path).json();
    assertThat(marked.getInt("selected")).as("never more than the plan's two").isEqualTo(2);
    String refused =
        answers.stream()
            .filter(a -> a.status() == 409)
            .findFirst()
            .orElseThrow()
            .json()
            .getString("detail");
    assertThat(refused).containsAnyOf("2 枚まで", "up to 2 photos");

    var sent = booking.customer().post(path, JsonObject.EMPTY_JSON_OBJECT);
    assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    String submittedAt = sent.json().getString("submittedAt");
    String selectedPhoto =
        booking.customer().get("/api/v1/bookings/" + booking.id() + "/photos").array().stream()
            .map(JsonObject.class::cast)
            .filter(p -> p.getBoolean("selected"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    var change = booking.customer().delete("/api/v1/photos/" + selectedPhoto + "/favourite");
    assertThat(change.status()).as("a sent selection is fixed").isEqualTo(409);
    assertThat(
            booking
                .customer()
                .post(path, JsonObject.EMPTY_JSON_OBJECT)
                .json()
                .getString("submittedAt"))
        .as("sending again changes nothing")
        .isEqualTo(submittedAt);
    JsonObject seen = booking.photographer().get(path).json();
    assertThat(seen.getInt("selected")).isEqualTo(2);
    assertThat(seen.getString("submittedAt")).isEqualTo(submittedAt);
    assertThat(booking.photographer().post(path, JsonObject.EMPTY_JSON_OBJECT).status())
        .isEqualTo(403);
  }

  @Test
  void aCustomerSelectsAndSendsOnAPhoneAndSeesTheDownloadsSize() {
    Delivered booking = delivered(Profile.PRODUCTION, 1, 41);
    Browser browser = browsers.phone(Env.SAKURA);
    browser.login(booking.customerEmail(), Env.PASSWORD);
    browser.open("/lang?to=ja&next=/booking?id=" + booking.id());
    assertThat(browser.text("#selection-count")).isEqualTo("1 枚中 0 枚選択中");
    String first = "figure[data-photo-id='" + booking.photos().get(0) + "'] .sp-favourite";
    String second = "figure[data-photo-id='" + booking.photos().get(1) + "'] .sp-favourite";
    browser.submit(first);
    assertThat(browser.text("#selection-count")).isEqualTo("1 枚中 1 枚選択中");
    browser.submit(second);
    assertThat(browser.text("#messages")).contains("1 枚まで");
    assertThat(browser.find("#selection-count").getAttribute("data-selected")).isEqualTo("1");
    assertThat(browser.accessibilityProblems()).isEmpty();
    assertThat(browser.overflowing()).isEmpty();
    browser.screenshot("gallery-selection-phone-ja");
    browser.submit("#selection\\:go");
    assertThat(browser.text("#selection-sent")).contains("送信しました");
    assertThat(browser.all("#selection\\:go")).isEmpty();

    var accepted =
        booking
            .customer()
            .post("/api/v1/bookings/" + booking.id() + "/complete", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    JsonObject selection =
        booking.customer().get("/api/v1/bookings/" + booking.id() + "/selection").json();
    browser.open("/booking?id=" + booking.id());
    assertThat(browser.text("#zip-all-size"))
        .isEqualTo("（" + size(selection.getJsonNumber("allBytes").longValue()) + "）");
    assertThat(browser.text("#zip-favourites-size"))
        .isEqualTo("（" + size(selection.getJsonNumber("selectedBytes").longValue()) + "）");
  }

  /** As the page writes sizes: decimal kilobytes below a megabyte. */
  private static String size(long bytes) {
    assertThat(bytes).as("test photos are small").isLessThan(1_000_000);
    return Math.max(1, Math.round(bytes / 1000.0)) + " KB";
  }

  private static Delivered delivered(Profile profile, int limit, int days) {
    var photographer = Accounts.photographer(profile, 30000);
    var plan =
        photographer
            .api()
            .post(
                "/api/v1/me/plans",
                Api.obj(
                    Map.of(
                        "categoryId",
                        "shichigosan",
                        "title",
                        "選べるプラン",
                        "durationMinutes",
                        60,
                        "price",
                        30000,
                        "photoCount",
                        3,
                        "selectionLimit",
                        limit)));
    assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
    assertThat(plan.json().getInt("selectionLimit")).isEqualTo(limit);
    String email = Env.unique("selecting");
    Api customer = Accounts.signUp(profile, profile.sakura(), email, "選ぶ 人", "CUSTOMER");
    String id =
        Accounts.paidBooking(
            customer,
            photographer.api(),
            Accounts.demo(profile, "operator@sakura.example"),
            plan.json().getString("id"),
            LocalDate.now(TOKYO).plusDays(days),
            "10:00",
            "");
    List<String> photos = new ArrayList<>();
    Color[] colours = {Color.PINK, Color.ORANGE, Color.GREEN};
    for (Color colour : colours) {
      var photo =
          photographer
              .api()
              .postBytes(
                  "/api/v1/bookings/" + id + "/photos",
                  Images.jpeg(640, 480, colour),
                  "image/jpeg");
      assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
      photos.add(photo.json().getString("id"));
    }
    return new Delivered(id, customer, email, photographer.api(), photos);
  }
}
