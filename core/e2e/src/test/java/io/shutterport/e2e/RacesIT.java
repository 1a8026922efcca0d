package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Requests that race for the same rows, on both profiles (H2 and PostgreSQL): exactly one wins, the
 * others get a clear 409, and nothing is left half-done.
 */
class RacesIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @ParameterizedTest
  @EnumSource(Profile.class)
  void fiftyRequestsForOneSlotAndTenAcceptsLeaveExactlyOneBooking(Profile profile)
      throws Exception {
    var photographer = Accounts.photographer(profile, 30000);
    Api customer = Accounts.customer(profile);
    String date = someDay();
    List<Callable<Api.Answer>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String start = String.format("10:%02d", i); // all within one hour: every pair overlaps
      calls.add(
          () ->
              customer.post(
                  "/api/v1/bookings",
                  Api.obj(
                      Map.of("planId", photographer.planId(), "date", date, "startTime", start))));
    }
    List<Api.Answer> answers = Concurrently.run(calls);

    assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
    List<Api.Answer> refused = answers.stream().filter(a -> a.status() != 201).toList();
    assertThat(refused)
        .hasSize(49)
        .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(409))
        .allSatisfy(
            a -> assertThat(a.header("Content-Type")).startsWith("application/problem+json"));
    assertThat(refused.get(0).json().getString("detail")).contains("already booked");
    var held = bookingsOf(photographer.api());
    assertThat(held).as("refused requests leave no booking behind").hasSize(1);
    String booked = held.get(0).getString("id");

    List<Api.Answer> accepts =
        Concurrently.times(
            10,
            () ->
                photographer
                    .api()
                    .post("/api/v1/bookings/" + booked + "/accept", JsonObject.EMPTY_JSON_OBJECT));
    assertThat(accepts)
        .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 409))
        .anySatisfy(a -> assertThat(a.status()).isEqualTo(200));
    assertThat(bookingsOf(photographer.api()))
        .singleElement()
        .satisfies(b -> assertThat(b.getString("status")).isEqualTo("ACCEPTED"));

    // A second customer cannot take the accepted slot, at any minute of it.
    Api other = Accounts.customer(profile);
    var late =
        other.post(
            "/api/v1/bookings",
            Api.obj(Map.of("planId", photographer.planId(), "date", date, "startTime", "10:30")));
    assertThat(late.status()).isEqualTo(409);
    assertThat(bookingsOf(photographer.api())).hasSize(1);

    assertThat(customer.post("/api/v1/bookings/" + booked + "/cancel", Api.obj(Map.of())).status())
        .isEqualTo(200);
    var again =
        other.post(
            "/api/v1/bookings",
            Api.obj(Map.of("planId", photographer.planId(), "date", date, "startTime", "10:30")));
    assertThat(again.status()).as("a cancelled booking frees its time at once").isEqualTo(201);
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void concurrentWritesOnPaymentsGalleriesAndSettingsAnswer200Or409(Profile profile)
      throws Exception {
    var photographer = Accounts.photographer(profile, 24000);
    Api customer = Accounts.customer(profile);
    Api operator = Accounts.demo(profile, "operator@sakura.example");
    String bookingId = accepted(photographer, customer, someDay());
    var payment =
        customer.post("/api/v1/bookings/" + bookingId + "/payment", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(payment.status()).as(payment.toString()).isIn(200, 201);
    String paymentId = payment.json().getString("id");

    // Ten operators' confirmations of one bank transfer at once.
    List<Api.Answer> confirmations =
        Concurrently.times(
            10,
            () ->
                operator.post(
                    "/api/v1/operator/payments/" + paymentId + "/confirm",
                    Api.obj(Map.of("note", "seen"))));
    assertThat(confirmations)
        .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 409))
        .anySatisfy(a -> assertThat(a.status()).isEqualTo(200));
    assertThat(customer.get("/api/v1/bookings/" + bookingId).json().getString("status"))
        .isEqualTo("PAID");
    var ledger = operator.get("/api/v1/operator/bookings/" + bookingId + "/ledger").array();
    assertThat(
            ledger.getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("kind").equals("CHARGE")))
        .as("the money was taken once")
        .singleElement();

    // Ten favourites of one delivered photo at once.
    var uploaded =
        photographer
            .api()
            .postBytes(
                "/api/v1/bookings/" + bookingId + "/photos",
                Images.jpeg(640, 480, java.awt.Color.CYAN),
                "image/jpeg");
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    String photoId = uploaded.json().getString("id");
    List<Api.Answer> favourites =
        Concurrently.times(
            10,
            () ->
                customer.put(
                    "/api/v1/photos/" + photoId + "/favourite", JsonObject.EMPTY_JSON_OBJECT));
    assertThat(favourites).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 409));
    assertThat(
            customer
                .get("/api/v1/bookings/" + bookingId + "/photos")
                .array()
                .getJsonObject(0)
                .getBoolean("selected"))
        .isTrue();

    // Ten saves of the marketplace's rules at once: each whole or not at all.
    OperatorRules rules = new OperatorRules(operator);
    try {
      List<Callable<Api.Answer>> saves = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        JsonObject changed = rules.with("commissionBasisPoints", 1000 + i);
        saves.add(() -> operator.put("/api/v1/operator/rules", changed));
      }
      List<Api.Answer> saved = Concurrently.run(saves);
      assertThat(saved)
          .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 409))
          .anySatisfy(a -> assertThat(a.status()).isEqualTo(200));
      assertThat(operator.get("/api/v1/operator/rules").json().getInt("commissionBasisPoints"))
          .isBetween(1000, 1009);
    } finally {
      rules.restore();
    }
  }

  /**
   * 検収: until the customer accepts the delivery, they see watermarked previews only; originals and
   * the ZIP open after acceptance. The photographer keeps their originals throughout.
   */
  @ParameterizedTest
  @EnumSource(Profile.class)
  void originalsOpenToTheCustomerOnlyAfterAcceptance(Profile profile) throws Exception {
    byte[] jpeg = Images.jpeg(800, 600, java.awt.Color.ORANGE);
    Delivered delivered = Delivered.onePhoto(profile, jpeg);
    Api customer = delivered.customer();
    Api operator = delivered.operator();
    var photographer = delivered.photographer();
    String bookingId = delivered.bookingId();
    String original = "/api/v1/photos/" + delivered.photoId() + "/original";
    String zip = "/api/v1/bookings/" + bookingId + "/photos.zip";

    var refused = customer.withLanguage("ja").get(original);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("detail")).contains("検収");
    assertThat(customer.get(original, "Range", "bytes=0-99").status()).isEqualTo(403);
    assertThat(customer.get(zip).status()).isEqualTo(403);
    assertThat(customer.get(original.replace("/original", "/original-url")).status())
        .isIn(403, 404);
    assertThat(Images.sha256(photographer.api().get(original).bytes()))
        .isEqualTo(Images.sha256(jpeg));

    // An operator may look (for a dispute), and each look is audited.
    assertThat(operator.get(original).status()).isEqualTo(200);
    assertThat(
            operator.get("/api/v1/operator/audit").array().getValuesAs(JsonObject.class).stream()
                .filter(
                    e ->
                        e.getString("action").equals("photos.read")
                            && e.getString("target").equals(bookingId)))
        .as("15.14: operators reading a booking's photos outside a dispute are audited")
        .isNotEmpty();

    BookingDepthIT.acceptDelivery(customer, bookingId);
    assertThat(Images.sha256(customer.get(original).bytes())).isEqualTo(Images.sha256(jpeg));
    assertThat(customer.get(zip).status()).isEqualTo(200);
  }

  /**
   * Twenty wrong PINs sent at once are counted one after another: the link locks after five, and
   * the right PIN then waits too (each guess used to read the count before any other wrote it).
   */
  @ParameterizedTest
  @EnumSource(Profile.class)
  void parallelWrongPinsCannotRaceTheLockOut(Profile profile) throws Exception {
    Delivered delivered = Delivered.onePhoto(profile, Images.jpeg(320, 240, java.awt.Color.GREEN));
    Api customer = delivered.customer();
    String bookingId = delivered.bookingId();
    var shared =
        customer.post(
            "/api/v1/bookings/" + bookingId + "/gallery/share", Api.obj(Map.of("pin", "2468")));
    assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
    String unlock = "/api/v1/galleries/" + shared.json().getString("token") + "/unlock";

    List<Api.Answer> guesses =
        Concurrently.times(
            20, () -> profile.api(profile.sakura()).post(unlock, Api.obj(Map.of("pin", "1357"))));
    assertThat(guesses).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(403));
    var right = profile.api(profile.sakura()).post(unlock, Api.obj(Map.of("pin", "2468")));
    assertThat(right.status()).as("locked: five wrong PINs were counted").isEqualTo(403);
    assertThat(right.json().getString("detail")).contains("15");
  }

  /** A booking paid by bank transfer and confirmed, with one delivered photo. */
  record Delivered(
      Accounts.Photographer photographer,
      Api customer,
      Api operator,
      String bookingId,
      String photoId) {
    static Delivered onePhoto(Profile profile, byte[] jpeg) {
      var photographer = Accounts.photographer(profile, 24000);
      Api customer = Accounts.customer(profile);
      Api operator = Accounts.demo(profile, "operator@sakura.example");
      String bookingId =
          Accounts.paidBooking(
              customer,
              photographer.api(),
              operator,
              photographer.planId(),
              LocalDate.parse(someDay()),
              "11:00",
              "");
      var uploaded =
          photographer
              .api()
              .postBytes("/api/v1/bookings/" + bookingId + "/photos", jpeg, "image/jpeg");
      assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
      return new Delivered(
          photographer, customer, operator, bookingId, uploaded.json().getString("id"));
    }
  }

  private static String accepted(Accounts.Photographer photographer, Api customer, String date) {
    var request =
        customer.post(
            "/api/v1/bookings",
            Api.obj(Map.of("planId", photographer.planId(), "date", date, "startTime", "14:00")));
    assertThat(request.status()).as(request.toString()).isEqualTo(201);
    String id = request.json().getString("id");
    var accepted =
        photographer.api().post("/api/v1/bookings/" + id + "/accept", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    return id;
  }

  private static List<JsonObject> bookingsOf(Api user) {
    return user.get("/api/v1/bookings").array().getValuesAs(JsonObject.class);
  }

  /** A day three to eight weeks ahead, when new photographers work by default. */
  static String someDay() {
    return LocalDate.now(TOKYO).plusDays(21 + ThreadLocalRandom.current().nextInt(35)).toString();
  }
}
