package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Signs users up through the API and the mail they receive. */
final class Accounts {
  private Accounts() {}

  /** Registers, follows the verification link from the mail, logs in; returns the client. */
  static Api signUp(String host, String email, String name, String role) {
    return signUp(Profile.PRODUCTION, host, email, name, role);
  }

  /** The same on a server of either profile. */
  static Api signUp(Profile profile, String host, String email, String name, String role) {
    Api api = profile.api(host);
    var registered = api.register(email, name, role);
    assertThat(registered.status()).as(registered.toString()).isEqualTo(202);
    String token = profile.verificationToken(api, email);
    var verified = api.post("/api/v1/auth/verify", Api.obj(Map.of("token", token)));
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    var login = api.login(email, Env.PASSWORD);
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return api;
  }

  /**
   * A photographer signed up on a tenant, with a profile in Kyoto and one plan.
   *
   * @param api their client
   * @param id their user id
   * @param planId their plan
   */
  record Photographer(Api api, String id, String planId) {}

  static Photographer photographer(String host, String category, int price, int minutes) {
    return photographer(host, category, price, minutes, "kyoto", Env.unique("photographer"));
  }

  /** A photographer based in {@code prefecture}, signed up with {@code email}. */
  static Photographer photographer(
      String host, String category, int price, int minutes, String prefecture, String email) {
    return photographer(Profile.PRODUCTION, host, category, price, minutes, prefecture, email);
  }

  /**
   * A photographer on sakura of either profile's server, based in Saga — a prefecture no search
   * test looks in, so these photographers do not crowd other tests' results.
   */
  static Photographer photographer(Profile profile, int price) {
    return photographer(
        profile, profile.sakura(), "shichigosan", price, 60, "saga", Env.unique("photographer"));
  }

  static Photographer photographer(
      Profile profile,
      String host,
      String category,
      int price,
      int minutes,
      String prefecture,
      String email) {
    Api api = signUp(profile, host, email, "Photographer", "PHOTOGRAPHER");
    var created =
        api.put(
            "/api/v1/me/profile",
            Api.obj(
                Map.of(
                    "displayName",
                    "撮影者 " + email.substring(0, Math.min(email.length(), 12)),
                    "bio",
                    "撮ります",
                    "prefecture",
                    prefecture,
                    "city",
                    "京都市",
                    "languages",
                    "ja,en")));
    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    var plan =
        api.post(
            "/api/v1/me/plans",
            Api.obj(
                Map.of(
                    "categoryId",
                    category,
                    "title",
                    "プラン",
                    "durationMinutes",
                    minutes,
                    "price",
                    price,
                    "photoCount",
                    40)));
    assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
    return new Photographer(api, created.json().getString("id"), plan.json().getString("id"));
  }

  /**
   * A booking the customer asked for, the photographer accepted and the customer paid by bank
   * transfer, confirmed by the operator: ready for photos. Returns its id.
   */
  static String paidBooking(
      Api customer,
      Api photographer,
      Api operator,
      String planId,
      java.time.LocalDate date,
      String startTime,
      String note) {
    String id = request(customer, planId, date, startTime, note);
    String base = "/api/v1/bookings/" + id;
    accept(photographer, id);
    var payment = customer.post(base + "/payment", jakarta.json.JsonObject.EMPTY_JSON_OBJECT);
    assertThat(payment.status()).as(payment.toString()).isIn(200, 201);
    var confirmed =
        operator.post(
            "/api/v1/operator/payments/" + payment.json().getString("id") + "/confirm",
            Api.obj(Map.of("note", "seen")));
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    return id;
  }

  /** The photographer accepts the booking. */
  static void accept(Api photographer, String bookingId) {
    var accepted =
        photographer.post(
            "/api/v1/bookings/" + bookingId + "/accept", jakarta.json.JsonObject.EMPTY_JSON_OBJECT);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
  }

  /** The photographer delivers one small photo of a paid booking, which makes it DELIVERED. */
  static void deliverPhoto(Api photographer, String bookingId, java.awt.Color color) {
    var photo =
        photographer.postBytes(
            "/api/v1/bookings/" + bookingId + "/photos",
            Images.jpeg(640, 480, color),
            "image/jpeg");
    assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
  }

  /** A request for a plan at a date and start time; returns the new booking's id. */
  static String request(
      Api customer, String planId, java.time.LocalDate date, String startTime, String note) {
    var request =
        customer.post(
            "/api/v1/bookings",
            Api.obj(
                Map.of(
                    "planId", planId,
                    "date", date.toString(),
                    "startTime", startTime,
                    "note", note)));
    assertThat(request.status()).as(request.toString()).isEqualTo(201);
    return request.json().getString("id");
  }

  static Api customer(String host) {
    return signUp(host, Env.unique("customer"), "Customer", "CUSTOMER");
  }

  /** A new customer on sakura of either profile's server. */
  static Api customer(Profile profile) {
    return signUp(profile, profile.sakura(), Env.unique("customer"), "Customer", "CUSTOMER");
  }

  /** A demo account on sakura of either profile's server. */
  static Api demo(Profile profile, String email) {
    Api api = profile.api(profile.sakura());
    var login = api.login(email, Env.DEMO_PASSWORD);
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return api;
  }

  static Api demo(String host, String email) {
    Api api = new Api(host);
    var login = api.login(email, Env.DEMO_PASSWORD);
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return api;
  }
}
