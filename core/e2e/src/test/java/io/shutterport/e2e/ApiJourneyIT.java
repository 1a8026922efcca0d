package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The foundation journey through the REST API on the production profile: sign-up with e-mail
 * verification, profile and plan, search, booking, acceptance, offline payment confirmed by the
 * operator, messages, photo delivery and a byte-identical original download.
 */
class ApiJourneyIT {
  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void photographerAndCustomerCompleteABookingWithPhotos() throws Exception {
    String photographerEmail = Env.unique("photographer");
    Api photographer =
        Accounts.signUp(Env.SAKURA, photographerEmail, "Api Photographer", "PHOTOGRAPHER");
    var profile =
        photographer.put(
            "/api/v1/me/profile",
            Api.obj(
                Map.of(
                    "displayName",
                    "API 撮影者",
                    "bio",
                    "京都で撮ります",
                    "prefecture",
                    "kyoto",
                    "city",
                    "京都市",
                    "languages",
                    "ja,en")));
    assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
    String photographerId = profile.json().getString("id");
    var plan =
        photographer.post(
            "/api/v1/me/plans",
            Api.obj(
                Map.of(
                    "categoryId",
                    "shichigosan",
                    "title",
                    "七五三 60分",
                    "durationMinutes",
                    60,
                    "price",
                    30000,
                    "photoCount",
                    50)));
    assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
    String planId = plan.json().getString("id");

    Api anonymous = new Api(Env.SAKURA);
    var search = anonymous.get("/api/v1/photographers?category=shichigosan&prefecture=kyoto");
    assertThat(search.status()).isEqualTo(200);
    assertThat(
            search.array().stream()
                .map(
                    v ->
                        v.asJsonObject().getJsonObject("photographer").getString("photographerId")))
        .contains(photographerId);
    assertThat(
            anonymous
                .get("/api/v1/photographers?category=shichigosan&prefecture=okinawa")
                .array()
                .stream()
                .map(
                    v ->
                        v.asJsonObject().getJsonObject("photographer").getString("photographerId")))
        .doesNotContain(photographerId);

    String customerEmail = Env.unique("customer");
    Api customer = Accounts.signUp(Env.SAKURA, customerEmail, "Api Customer", "CUSTOMER");
    String date = LocalDate.now().plusDays(30).toString();
    var booking =
        customer.post(
            "/api/v1/bookings",
            Api.obj(Map.of("planId", planId, "date", date, "startTime", "11:00", "note", "神社で")));
    assertThat(booking.status()).as(booking.toString()).isEqualTo(201);
    String bookingId = booking.json().getString("id");
    assertThat(booking.json().getString("status")).isEqualTo("REQUESTED");
    assertThat(Mailbox.linkTo(photographerEmail, "/booking?id=" + bookingId)).isNotBlank();

    assertThat(
            customer
                .post("/api/v1/bookings/" + bookingId + "/accept", JsonObject.EMPTY_JSON_OBJECT)
                .status())
        .as("a customer cannot accept")
        .isEqualTo(409);
    var accepted =
        photographer.post(
            "/api/v1/bookings/" + bookingId + "/accept", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");

    var payment =
        customer.post("/api/v1/bookings/" + bookingId + "/payment", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(payment.status()).as(payment.toString()).isEqualTo(200);
    assertThat(payment.json().getString("status")).isEqualTo("AWAITING_OFFLINE_PAYMENT");
    assertThat(payment.json().getString("instructionsEn")).contains("30000 JPY");
    var again =
        customer.post("/api/v1/bookings/" + bookingId + "/payment", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(again.json().getString("id"))
        .as("paying twice is the same payment")
        .isEqualTo(payment.json().getString("id"));

    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    assertThat(
            operator.get("/api/v1/operator/payments").array().stream()
                .map(v -> v.asJsonObject().getString("bookingId")))
        .contains(bookingId);
    var confirmed =
        operator.post(
            "/api/v1/operator/payments/" + payment.json().getString("id") + "/confirm",
            Api.obj(Map.of("note", "seen")));
    assertThat(confirmed.json().getString("status")).isEqualTo("CAPTURED");
    assertThat(customer.get("/api/v1/bookings/" + bookingId).json().getString("status"))
        .isEqualTo("PAID");
    long[] ledger = ledger(bookingId);
    assertThat(ledger[0]).as("charge, platform fee, payout held").isEqualTo(3);
    assertThat(ledger[1]).as("charges = fees + payouts held").isZero();

    assertThat(
            customer
                .post(
                    "/api/v1/bookings/" + bookingId + "/messages",
                    Api.obj(Map.of("body", "よろしくお願いします <script>x</script>")))
                .status())
        .isEqualTo(201);
    var conversation = photographer.get("/api/v1/bookings/" + bookingId + "/messages").array();
    assertThat(conversation).hasSize(1);
    assertThat(conversation.getJsonObject(0).getString("body")).startsWith("よろしくお願いします");

    List<String> shas = new ArrayList<>();
    Color[] colors = {Color.RED, Color.GREEN, Color.BLUE};
    for (Color color : colors) {
      byte[] jpeg = Images.jpeg(1600, 1067, color);
      shas.add(Images.sha256(jpeg));
      var uploaded =
          photographer.postBytes("/api/v1/bookings/" + bookingId + "/photos", jpeg, "image/jpeg");
      assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
      assertThat(uploaded.json().getString("sha256")).isEqualTo(Images.sha256(jpeg));
    }
    var notAnImage =
        photographer.postBytes(
            "/api/v1/bookings/" + bookingId + "/photos",
            "GIF89a not really".getBytes(),
            "image/jpeg");
    assertThat(notAnImage.status()).isEqualTo(415);
    assertThat(notAnImage.header("Content-Type")).startsWith("application/problem+json");
    assertThat(notAnImage.json().getString("detail")).contains("JPEG");
    assertThat(customer.get("/api/v1/bookings/" + bookingId).json().getString("status"))
        .isEqualTo("DELIVERED");

    var photos = waitForThumbnails(customer, bookingId, 3);
    assertThat(originalsInS3(bookingId))
        .as("production stores originals through storage-s3, byte for byte")
        .containsExactlyInAnyOrderElementsOf(shas);
    for (int i = 0; i < photos.size(); i++) {
      String photoId = photos.get(i).getString("id");
      var thumbnail = customer.get("/api/v1/photos/" + photoId + "/thumbnail");
      assertThat(thumbnail.status()).isEqualTo(200);
      assertThat(thumbnail.header("Content-Type")).isEqualTo("image/jpeg");
      assertThat((long) thumbnail.bytes().length).isLessThan(sizeOf(photos.get(i)));
      var beforeAcceptance = customer.get("/api/v1/photos/" + photoId + "/original");
      assertThat(beforeAcceptance.status())
          .as("検収: no original for the customer before accepting the delivery")
          .isEqualTo(403);
      assertThat(beforeAcceptance.header("Content-Type")).startsWith("application/problem+json");
      var photographersOwn = photographer.get("/api/v1/photos/" + photoId + "/original");
      assertThat(Images.sha256(photographersOwn.bytes())).isEqualTo(shas.get(i));
    }
    assertThat(customer.get("/api/v1/bookings/" + bookingId + "/photos.zip").status())
        .as("nor the gallery ZIP")
        .isEqualTo(403);

    // Previews: watermarked for the customer until they accept the delivery, clean after.
    String first = photos.get(0).getString("id");
    var marked = customer.get("/api/v1/photos/" + first + "/preview");
    var clean = photographer.get("/api/v1/photos/" + first + "/preview");
    assertThat(marked.status()).isEqualTo(200);
    assertThat(clean.status()).isEqualTo(200);
    assertThat(marked.header("Content-Type")).isEqualTo("image/jpeg");
    assertThat(marked.header("Cache-Control")).isEqualTo("private, no-cache");
    assertThat(marked.header("ETag")).isNotEqualTo(clean.header("ETag"));
    assertThat(Images.sha256(marked.bytes())).isNotEqualTo(Images.sha256(clean.bytes()));
    assertThat(Images.hasExif(clean.bytes())).isFalse();
    assertThat(
            customer
                .post("/api/v1/bookings/" + bookingId + "/complete", JsonObject.EMPTY_JSON_OBJECT)
                .status())
        .isEqualTo(200);
    for (int i = 0; i < photos.size(); i++) {
      var original = customer.get("/api/v1/photos/" + photos.get(i).getString("id") + "/original");
      assertThat(original.status()).as("accepted: the originals open").isEqualTo(200);
      assertThat(Images.sha256(original.bytes()))
          .as("byte-identical original")
          .isEqualTo(shas.get(i));
      assertThat(original.header("Content-Disposition"))
          .isEqualTo("attachment; filename=\"photo-" + (i + 1) + ".jpg\"");
      assertThat(original.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
    var lifted = customer.get("/api/v1/photos/" + first + "/preview");
    assertThat(Images.sha256(lifted.bytes()))
        .as("accepting the delivery lifts the watermark")
        .isEqualTo(Images.sha256(clean.bytes()));
    assertThat(
            customer
                .get("/api/v1/photos/" + first + "/preview", "If-None-Match", marked.header("ETag"))
                .status())
        .as("a browser holding the watermarked copy gets the clean one")
        .isEqualTo(200);
    assertThat(
            customer
                .get("/api/v1/photos/" + first + "/preview", "If-None-Match", clean.header("ETag"))
                .status())
        .isEqualTo(304);
    assertThat(new Api(Env.SAKURA).get("/api/v1/photos/" + first + "/preview").status())
        .as("a stranger sees no delivered photo")
        .isEqualTo(404);

    // Validators: Last-Modified answers If-Modified-Since like the ETag answers If-None-Match.
    String thumbnailPath = "/api/v1/photos/" + first + "/thumbnail";
    String modified = customer.get(thumbnailPath).header("Last-Modified");
    assertThat(modified).endsWith("GMT");
    assertThat(customer.get(thumbnailPath, "If-Modified-Since", modified).status()).isEqualTo(304);
    assertThat(
            customer
                .get(thumbnailPath, "If-Modified-Since", "Thu, 1 Jan 1970 00:00:00 GMT")
                .status())
        .isEqualTo(200);

    // Favourites and ZIPs: the whole gallery, or the customer's selection, originals unchanged.
    String second = photos.get(1).getString("id");
    var chosen =
        customer.put("/api/v1/photos/" + second + "/favourite", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
    assertThat(chosen.json().getBoolean("selected")).isTrue();
    assertThat(
            photographer
                .put("/api/v1/photos/" + second + "/favourite", JsonObject.EMPTY_JSON_OBJECT)
                .status())
        .as("favourites are the customer's")
        .isEqualTo(403);
    String zips = "/api/v1/bookings/" + bookingId + "/photos.zip";
    var all = customer.get(zips);
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.header("Content-Type")).isEqualTo("application/zip");
    assertThat(all.header("Content-Disposition")).startsWith("attachment; filename=\"photos-");
    assertThat(unzip(all.bytes())).containsExactlyInAnyOrderElementsOf(shas);
    var selection = customer.get(zips + "?selection=favourites");
    assertThat(unzip(selection.bytes())).containsExactly(shas.get(1));
    assertThat(customer.get(zips + "?selection=everything").status()).isEqualTo(400);
    assertThat(new Api(Env.SAKURA).get(zips).status()).isIn(401, 403, 404);
    assertThat(
            customer
                .delete("/api/v1/photos/" + second + "/favourite")
                .json()
                .getBoolean("selected"))
        .isFalse();
    assertThat(customer.get(zips + "?selection=favourites").status())
        .as("an empty selection has nothing to download")
        .isEqualTo(404);
  }

  /** The SHA-256 of every file in a ZIP, read as a stream. */
  private static List<String> unzip(byte[] zip) throws java.io.IOException {
    List<String> found = new ArrayList<>();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        assertThat(entry.getName()).matches("photo-\\d+\\.jpg");
        found.add(Images.sha256(in.readAllBytes()));
      }
    }
    return found;
  }

  private static long sizeOf(JsonObject photo) {
    return photo.getJsonNumber("sizeBytes").longValue();
  }

  static List<JsonObject> waitForThumbnails(Api api, String bookingId, int count)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      var photos = api.get("/api/v1/bookings/" + bookingId + "/photos").array();
      List<JsonObject> list = photos.stream().map(v -> v.asJsonObject()).toList();
      if (list.size() == count && list.stream().allMatch(p -> p.getBoolean("thumbnailReady"))) {
        return list;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("thumbnails not ready: " + photos);
      }
      Thread.sleep(500); // polling the job's outcome through the API
    }
  }

  /** SHA-256 of every original the S3 endpoint (s3proxy's filesystem) holds for the booking. */
  static List<String> originalsInS3(String bookingId) throws Exception {
    Path folder =
        Path.of(
            System.getProperty("it.s3.dir"),
            "shutterport",
            "sakura",
            "bookings",
            bookingId,
            "originals");
    if (!Files.isDirectory(folder)) {
      return List.of(); // nothing was ever stored for this booking
    }
    try (var files = Files.list(folder)) {
      return files.map(f -> Images.sha256(read(f))).toList();
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The booking's ledger straight from PostgreSQL: {rows, charges minus everything else}. */
  static long[] ledger(String bookingId) throws Exception {
    String url =
        "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("it.db.name", "shutterport_it");
    try (var db = DriverManager.getConnection(url, "postgres", "");
        var query =
            db.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN kind IN ('CHARGE', 'CREDIT_SPENT')"
                    + " THEN amount_minor"
                    + " ELSE -amount_minor END), 0) FROM ledger_entry WHERE booking_id = ?")) {
      query.setString(1, bookingId);
      try (var rs = query.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    }
  }
}
