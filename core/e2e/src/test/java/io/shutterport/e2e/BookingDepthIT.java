package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Booking at marketplace depth on the production profile (two nodes, PostgreSQL, Redis; no double
 * booking under concurrency is {@code RacesIT}'s, on both profiles): idempotent payments under
 * concurrent retries, the policy snapshot deciding refunds, persisted timers, negotiation,
 * reschedule and backup dates, and bad input refused without a change.
 */
class BookingDepthIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static OperatorRules rules;
  private static Api operator;

  @BeforeAll
  static void setUp() {
    Mailbox.server();
    rules = new OperatorRules(Env.SAKURA, "operator@sakura.example");
    operator = rules.operator;
  }

  @AfterAll
  static void restoreRules() {
    if (rules != null) {
      rules.restore();
    }
  }

  @Test
  void aPaymentRetriedConcurrentlyWithOneKeyMovesMoneyOnce() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 27000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String bookingId = acceptedBooking(photographer, customer, inDays(25), "13:00");
    String key = "pay-" + bookingId;
    String path = "/api/v1/bookings/" + bookingId + "/payment";

    List<Callable<Api.Answer>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(() -> customer.postWithKey(path, JsonObject.EMPTY_JSON_OBJECT, key));
    }
    List<Api.Answer> answers = new ArrayList<>(Concurrently.run(calls));
    for (int i = 0; i < 5; i++) {
      answers.add(customer.postWithKey(path, JsonObject.EMPTY_JSON_OBJECT, key));
    }
    var succeeded = answers.stream().filter(a -> a.status() == 200).toList();
    assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 409));
    assertThat(answers.subList(50, 55))
        .as("sequential retries after the first finished replay its answer")
        .allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
    assertThat(succeeded.stream().map(Api.Answer::text).distinct()).hasSize(1);
    assertThat(Sql.number("SELECT COUNT(*) FROM payment WHERE booking_id = ?", bookingId))
        .as("the provider was asked once")
        .isEqualTo(1);

    String other = acceptedBooking(photographer, customer, inDays(26), "13:00");
    var reused =
        customer.postWithKey(
            "/api/v1/bookings/" + other + "/payment", JsonObject.EMPTY_JSON_OBJECT, key);
    assertThat(reused.status()).as("the key with another request").isEqualTo(422);
    assertThat(Sql.number("SELECT COUNT(*) FROM payment WHERE booking_id = ?", other)).isZero();

    String paymentId = succeeded.get(0).json().getString("id");
    for (int i = 0; i < 3; i++) {
      var confirmed =
          operator.postWithKey(
              "/api/v1/operator/payments/" + paymentId + "/confirm",
              Api.obj(Map.of("note", "seen")),
              "confirm-" + paymentId);
      assertThat(confirmed.status()).isEqualTo(200);
    }
    assertThat(Sql.sum(bookingId, "CHARGE")).isEqualTo(27000);
    assertThat(Sql.imbalance(bookingId)).isZero();
  }

  @Test
  void aPhotoUploadedStraightToStorageIsDeliveredOnlyWhenItsChecksumMatches() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String bookingId = paidBooking(photographer, customer, inDays(4), "10:00");
    byte[] jpeg = Images.jpeg(1200, 800, java.awt.Color.ORANGE);
    String uploads = "/api/v1/bookings/" + bookingId + "/uploads";

    var started =
        photographer
            .api()
            .post(uploads, Api.obj(Map.of("contentType", "image/jpeg", "length", jpeg.length)));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    String uploadId = started.json().getString("uploadId");
    java.net.URI url = java.net.URI.create(started.json().getString("url"));
    assertThat(url.getQuery()).as("signed, no credentials needed").contains("X-Amz-Signature");
    var http =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    assertThat(putStraightToStorage(http, url, jpeg)).isEqualTo(200);
    assertThat(customer.get("/api/v1/bookings/" + bookingId + "/photos").array())
        .as("nothing is delivered before the completion call")
        .isEmpty();

    String complete = uploads + "/" + uploadId + "/complete";
    var wrong = photographer.api().post(complete, Api.obj(Map.of("sha256", "0".repeat(64))));
    assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
    assertThat(wrong.json().getString("detail")).contains("not the one announced");
    assertThat(customer.get("/api/v1/bookings/" + bookingId + "/photos").array()).isEmpty();
    assertThat(
            photographer
                .api()
                .post(complete, Api.obj(Map.of("sha256", Images.sha256(jpeg))))
                .status())
        .as("the mismatching object was deleted: there is nothing left to complete")
        .isEqualTo(404);

    // Again, this time with the right checksum; completing twice gives the same photo.
    var again =
        photographer
            .api()
            .post(uploads, Api.obj(Map.of("contentType", "image/jpeg", "length", jpeg.length)));
    String secondId = again.json().getString("uploadId");
    assertThat(putStraightToStorage(http, java.net.URI.create(again.json().getString("url")), jpeg))
        .isEqualTo(200);
    String complete2 = uploads + "/" + secondId + "/complete";
    var done = photographer.api().post(complete2, Api.obj(Map.of("sha256", Images.sha256(jpeg))));
    assertThat(done.status()).as(done.toString()).isEqualTo(201);
    var twice = photographer.api().post(complete2, Api.obj(Map.of("sha256", Images.sha256(jpeg))));
    assertThat(twice.json().getString("id")).isEqualTo(done.json().getString("id"));
    // The signed URL lives minutes and still takes bytes until then; bytes put there after the
    // completion are never read: the photo was moved to a key no URL names.
    assertThat(Instant.parse(again.json().getString("expiresAt")))
        .isBefore(Instant.now().plus(java.time.Duration.ofMinutes(11)));
    byte[] swapped = jpeg.clone();
    swapped[swapped.length / 2] ^= 0x55;
    assertThat(
            putStraightToStorage(http, java.net.URI.create(again.json().getString("url")), swapped))
        .isEqualTo(200);
    var photos = customer.get("/api/v1/bookings/" + bookingId + "/photos").array();
    assertThat(photos).hasSize(1);
    assertThat(customer.get("/api/v1/bookings/" + bookingId).json().getString("status"))
        .isEqualTo("DELIVERED");
    assertThat(
            customer
                .post(uploads, Api.obj(Map.of("contentType", "image/jpeg", "length", 10)))
                .status())
        .as("only the booking's photographer uploads")
        .isEqualTo(403);
    assertThat(
            photographer
                .api()
                .post(uploads, Api.obj(Map.of("contentType", "text/html", "length", 10)))
                .status())
        .isEqualTo(415);
    assertThat(
            photographer
                .api()
                .post(uploads + "/not-an-id/complete", Api.obj(Map.of("sha256", "0".repeat(64))))
                .status())
        .isEqualTo(404);
    acceptDelivery(customer, bookingId);
    byte[] original =
        customer.get("/api/v1/photos/" + done.json().getString("id") + "/original").bytes();
    assertThat(Images.sha256(original)).as("byte-identical").isEqualTo(Images.sha256(jpeg));
    String originalPath = "/api/v1/photos/" + done.json().getString("id") + "/original";
    var head = customer.get(originalPath, "Range", "bytes=0-99");
    assertThat(head.status()).isEqualTo(206);
    assertThat(head.header("Content-Range")).isEqualTo("bytes 0-99/" + jpeg.length);
    assertThat(head.bytes()).isEqualTo(java.util.Arrays.copyOfRange(jpeg, 0, 100));
    var rest = customer.get(originalPath, "Range", "bytes=100-");
    assertThat(rest.status()).isEqualTo(206);
    assertThat(rest.bytes())
        .as("a download resumed after 100 bytes")
        .isEqualTo(java.util.Arrays.copyOfRange(jpeg, 100, jpeg.length));
    assertThat(customer.get(originalPath, "Range", "bytes=-10").bytes())
        .isEqualTo(java.util.Arrays.copyOfRange(jpeg, jpeg.length - 10, jpeg.length));
    var beyond = customer.get(originalPath, "Range", "bytes=" + jpeg.length + "-");
    assertThat(beyond.status()).isEqualTo(416);
    assertThat(beyond.header("Content-Range")).isEqualTo("bytes */" + jpeg.length);
    assertThat(customer.get(originalPath, "Range", "bytes=0-1,5-9").status())
        .as("several ranges: the whole file")
        .isEqualTo(200);

    var signed = customer.get(originalPath + "-url");
    assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
    var direct =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(signed.json().getString("url")))
                .GET()
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(direct.statusCode()).isEqualTo(200);
    assertThat(Images.sha256(direct.body()))
        .as("straight from storage")
        .isEqualTo(Images.sha256(jpeg));
    assertThat(direct.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment");
    assertThat(Accounts.customer(Env.SAKURA).get(originalPath + "-url").status())
        .as("another customer gets no URL")
        .isEqualTo(404);
  }

  @Test
  void cancellingInsideTheFeeWindowRefundsByThePolicyTakenAtBooking() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 33000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String bookingId = paidBooking(photographer, customer, inDays(2), "10:00");

    // A later change of policy does not touch a booking already made.
    var changed = rules.with("cancellationPolicy", "1h:0;exempt=;compensation=0;creditBonus=0");
    assertThat(operator.put("/api/v1/operator/rules", changed).status()).isEqualTo(200);
    try {
      var cancelled =
          customer.post(
              "/api/v1/bookings/" + bookingId + "/cancel",
              Api.obj(Map.of("reason", "CHANGE_OF_PLANS")));
      assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
      assertThat(cancelled.json().getString("status")).isEqualTo("REFUNDED");
    } finally {
      rules.restore();
    }
    // 24–72 hours ahead: the default policy's 50% tier.
    assertThat(Sql.sum(bookingId, "REFUND")).isEqualTo(16500);
    assertThat(Sql.imbalance(bookingId)).isZero();
    var ledger = operator.get("/api/v1/operator/bookings/" + bookingId + "/ledger");
    assertThat(ledger.status()).isEqualTo(200);
    assertThat(ledger.array().stream().map(v -> v.asJsonObject().getString("kind")))
        .contains("CHARGE", "REFUND", "PLATFORM_FEE", "PAYOUT_HELD");
    assertThat(
            customer.post("/api/v1/bookings/" + bookingId + "/cancel", Api.obj(Map.of())).status())
        .as("a cancellation cannot be replayed")
        .isEqualTo(409);
    assertThat(Sql.sum(bookingId, "REFUND")).isEqualTo(16500);
  }

  @Test
  void aPhotographerWhoCancelsRefundsAllAndTheCustomerGetsCompensation() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 20000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String bookingId = paidBooking(photographer, customer, inDays(3), "10:00");
    var cancelled =
        photographer
            .api()
            .post(
                "/api/v1/bookings/" + bookingId + "/cancel",
                Api.obj(Map.of("reason", "PHOTOGRAPHER_UNAVAILABLE")));
    assertThat(cancelled.json().getString("status")).isEqualTo("REFUNDED");
    assertThat(Sql.sum(bookingId, "REFUND")).isEqualTo(20000);
    assertThat(Sql.sum(bookingId, "CREDIT")).isEqualTo(2000);
    assertThat(Sql.sum(bookingId, "PAYOUT_HELD")).isZero();
    assertThat(Sql.imbalance(bookingId)).isZero();
  }

  @Test
  void creditFromCancellationsPaysLaterBookingsAndIsSpentOnceUnderConcurrency() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 20000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    assertThat(customer.get("/api/v1/me/credit").array()).isEmpty();

    String first = paidBooking(photographer, customer, inDays(30), "10:00");
    String second = paidBooking(photographer, customer, inDays(31), "10:00");
    // Credit instead of a refund, more than a week ahead: the whole price plus the 5% bonus.
    var cancelled =
        customer.post(
            "/api/v1/bookings/" + first + "/cancel",
            Api.obj(Map.of("reason", "CHANGE_OF_PLANS", "asCredit", JsonValue.TRUE)));
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(Sql.sum(first, "CREDIT")).isEqualTo(21000);
    assertThat(Sql.sum(first, "REFUND")).isZero();
    // The photographer cancels the other: a full refund and 10% compensation as credit.
    photographer
        .api()
        .post(
            "/api/v1/bookings/" + second + "/cancel",
            Api.obj(Map.of("reason", "PHOTOGRAPHER_UNAVAILABLE")));
    assertThat(Sql.sum(second, "CREDIT")).isEqualTo(2000);
    assertThat(Sql.sum(second, "REFUND")).isEqualTo(20000);
    var balance = customer.get("/api/v1/me/credit").array();
    assertThat(balance).hasSize(1);
    assertThat(balance.getJsonObject(0).getJsonNumber("minorUnits").longValue()).isEqualTo(23000);
    assertThat(balance.getJsonObject(0).getString("currency")).isEqualTo("JPY");

    // Two bookings paid at once share 23,000 of credit: it is spent once, never below zero.
    String a = acceptedBooking(photographer, customer, inDays(32), "10:00");
    String b = acceptedBooking(photographer, customer, inDays(33), "10:00");
    List<Api.Answer> payments =
        Concurrently.run(
            List.of(
                () ->
                    customer.post(
                        "/api/v1/bookings/" + a + "/payment", JsonObject.EMPTY_JSON_OBJECT),
                () ->
                    customer.post(
                        "/api/v1/bookings/" + b + "/payment", JsonObject.EMPTY_JSON_OBJECT)));
    assertThat(payments).allSatisfy(p -> assertThat(p.status()).as(p.toString()).isEqualTo(200));
    long creditUsed = 0;
    for (Api.Answer payment : payments) {
      long credit = payment.json().getJsonObject("credit").getJsonNumber("minorUnits").longValue();
      long due = payment.json().getJsonObject("amount").getJsonNumber("minorUnits").longValue();
      assertThat(credit + due).as("credit and provider together pay the price").isEqualTo(20000);
      creditUsed += credit;
      if (due > 0) {
        var confirmed =
            operator.post(
                "/api/v1/operator/payments/" + payment.json().getString("id") + "/confirm",
                Api.obj(Map.of("note", "seen")));
        assertThat(confirmed.json().getString("status")).isEqualTo("CAPTURED");
      } else {
        assertThat(payment.json().getString("status")).isEqualTo("CAPTURED");
      }
    }
    assertThat(creditUsed).isEqualTo(23000);
    assertThat(customer.get("/api/v1/me/credit").array()).isEmpty();
    assertThat(Sql.sum(a, "CREDIT_SPENT") + Sql.sum(b, "CREDIT_SPENT")).isEqualTo(23000);
    assertThat(Sql.sum(a, "CHARGE") + Sql.sum(b, "CHARGE")).isEqualTo(17000);
    assertThat(Sql.imbalance(a)).isZero();
    assertThat(Sql.imbalance(b)).isZero();
    for (String id : List.of(a, b)) {
      assertThat(customer.get("/api/v1/bookings/" + id).json().getString("status"))
          .isEqualTo("PAID");
    }

    // Cancelling the booking credit paid entirely: the provider took nothing, so the refund goes
    // back to credit.
    String creditOnly = Sql.sum(a, "CHARGE") == 0 ? a : b;
    var refunded =
        customer.post(
            "/api/v1/bookings/" + creditOnly + "/cancel",
            Api.obj(Map.of("reason", "CHANGE_OF_PLANS")));
    assertThat(refunded.status()).as(refunded.toString()).isEqualTo(200);
    assertThat(Sql.sum(creditOnly, "REFUND")).isZero();
    assertThat(Sql.sum(creditOnly, "CREDIT")).isEqualTo(20000);
    assertThat(Sql.imbalance(creditOnly)).isZero();
    assertThat(
            customer
                .get("/api/v1/me/credit")
                .array()
                .getJsonObject(0)
                .getJsonNumber("minorUnits")
                .longValue())
        .isEqualTo(20000);
  }

  @Test
  void badFilesAreRefusedWithClearErrorsOrNeutralisedAndLeaveNothingBehind() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String bookingId = paidBooking(photographer, customer, inDays(6), "10:00");
    String photos = "/api/v1/bookings/" + bookingId + "/photos";
    byte[] good = Images.jpeg(800, 600, java.awt.Color.PINK);

    Map<String, byte[]> refused = new java.util.LinkedHashMap<>();
    refused.put("pixel flood (30,000 × 30,000 PNG header)", BadFiles.pixelFloodPng(30_000, 30_000));
    refused.put("truncated JPEG", java.util.Arrays.copyOf(good, good.length / 2));
    refused.put("zero bytes", new byte[0]);
    refused.put("text named .jpg", "<?php system($_GET['c']); ?>".getBytes());
    refused.put("JPEG with an HTML page appended", BadFiles.withTrailer(good, 20_000));
    for (var bad : refused.entrySet()) {
      var answer = photographer.api().postBytes(photos, bad.getValue(), "image/jpeg");
      assertThat(answer.status()).as(bad.getKey()).isIn(413, 415);
      assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
      assertThat(answer.json().getString("detail")).as(bad.getKey()).isNotBlank();
    }
    assertThat(customer.get(photos).array()).as("no refused file became a photo").isEmpty();
    assertThat(ApiJourneyIT.originalsInS3(bookingId)).as("and none was stored").isEmpty();

    // Valid images carrying something else are accepted and neutralised: a script in a comment
    // segment, and 60 KB of EXIF whose directory claims 65,535 entries.
    byte[] polyglot = BadFiles.withComment(good, "<script>alert(document.cookie)</script>");
    byte[] bigExif = BadFiles.withOversizedExif(good);
    for (byte[] neutralised : List.of(polyglot, bigExif)) {
      var answer = photographer.api().postBytes(photos, neutralised, "image/jpeg");
      assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }
    List<JsonObject> delivered = ApiJourneyIT.waitForThumbnails(customer, bookingId, 2);
    acceptDelivery(customer, bookingId);
    for (JsonObject photo : delivered) {
      String id = photo.getString("id");
      var original = customer.get("/api/v1/photos/" + id + "/original");
      assertThat(original.header("Content-Type")).isEqualTo("image/jpeg");
      assertThat(original.header("Content-Disposition")).startsWith("attachment;");
      assertThat(original.header("X-Content-Type-Options")).isEqualTo("nosniff");
      for (String derived : List.of("thumbnail", "preview")) {
        byte[] bytes = photographer.api().get("/api/v1/photos/" + id + "/" + derived).bytes();
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).as(derived + " is re-encoded").doesNotContain("<script>");
        assertThat(Images.hasExif(bytes)).as(derived).isFalse();
      }
    }
  }

  @Test
  void theDeliveryPromiseIsKeptWithTheBookingAndALateDeliveryIsFlagged() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String onTime = paidBooking(photographer, customer, inDays(8), "10:00");
    String late = paidBooking(photographer, customer, inDays(9), "10:00");
    var booking = customer.get("/api/v1/bookings/" + onTime).json();
    Instant ends = Instant.parse(booking.getString("endsAt"));
    assertThat(Instant.parse(booking.getString("deliveryDue")))
        .as("the plan's 14 days after the shoot")
        .isEqualTo(ends.plus(java.time.Duration.ofDays(14)));
    assertThat(booking.getInt("promisedPhotos")).isEqualTo(40);
    assertThat(booking.getBoolean("deliveryLate")).isFalse();

    // The second shoot took place 20 days ago and its photos are still owed.
    Sql.execute(
        "UPDATE booking SET starts_at = starts_at - INTERVAL '29 days',"
            + " ends_at = ends_at - INTERVAL '29 days' WHERE id = ?",
        late);
    assertThat(customer.get("/api/v1/bookings/" + late).json().getBoolean("deliveryLate")).isTrue();
    byte[] jpeg = Images.jpeg(640, 480, java.awt.Color.GRAY);
    for (String id : List.of(onTime, late)) {
      var uploaded =
          photographer.api().postBytes("/api/v1/bookings/" + id + "/photos", jpeg, "image/jpeg");
      assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    }
    assertThat(customer.get("/api/v1/bookings/" + late).json().getBoolean("deliveryLate"))
        .as("delivered after the promise: still late")
        .isTrue();
    assertThat(customer.get("/api/v1/bookings/" + onTime).json().getBoolean("deliveryLate"))
        .isFalse();
  }

  @Test
  void aGalleryClosesAfterItsLifetimeWithAReminderAndOpensAgainOnRequest() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    String email = Env.unique("customer");
    Api customer = Accounts.signUp(Env.SAKURA, email, "Customer", "CUSTOMER");
    String bookingId = paidBooking(photographer, customer, inDays(7), "10:00");
    String reference = customer.get("/api/v1/bookings/" + bookingId).json().getString("reference");
    var uploaded =
        photographer
            .api()
            .postBytes(
                "/api/v1/bookings/" + bookingId + "/photos",
                Images.jpeg(640, 480, java.awt.Color.ORANGE),
                "image/jpeg");
    String photoId = uploaded.json().getString("id");
    acceptDelivery(customer, bookingId);
    String gallery = "/api/v1/bookings/" + bookingId + "/gallery";
    var open = customer.get(gallery).json();
    assertThat(open.getString("state")).isEqualTo("OPEN");
    assertThat(Instant.parse(open.getString("expiresAt")))
        .isAfter(Instant.now().plus(java.time.Duration.ofDays(179)));

    // A day before the end, the reminder job mails the customer.
    Sql.execute(
        "UPDATE gallery SET expires_at = now() + INTERVAL '1 day' WHERE booking_id = ?", bookingId);
    dueNow("gallery.remind", bookingId);
    assertThat(Mailbox.mailTo(email, reference + " close on")).contains(reference);
    assertThat(
            customer.get("/api/v1/me/notifications").json().getJsonArray("entries").stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(e -> e.getString("kind").equals("galleryExpiring"))
                .map(e -> e.getString("text"))
                .findFirst()
                .orElseThrow())
        .as("in the notification centre too, its date filled in")
        .contains(reference + " close on 20")
        .doesNotContain("${");

    // The end: the customer can no longer download; previews stay; the photographer still can.
    Sql.execute(
        "UPDATE gallery SET expires_at = now() - INTERVAL '1 second' WHERE booking_id = ?",
        bookingId);
    dueNow("gallery.expire", bookingId);
    Concurrently.await(
        () -> "EXPIRED".equals(customer.get(gallery).json().getString("state")),
        "the gallery closes");
    var refused = customer.get("/api/v1/photos/" + photoId + "/original");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("detail")).contains("closed");
    assertThat(customer.get("/api/v1/bookings/" + bookingId + "/photos.zip").status())
        .isEqualTo(403);
    assertThat(customer.get("/api/v1/photos/" + photoId + "/thumbnail").status()).isEqualTo(200);
    assertThat(photographer.api().get("/api/v1/photos/" + photoId + "/original").status())
        .isEqualTo(200);
    assertThat(photographer.api().post(gallery + "/restore", JsonObject.EMPTY_JSON_OBJECT).status())
        .isEqualTo(403);

    // Asked back: open again for the restore period.
    var restored = customer.post(gallery + "/restore", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    assertThat(restored.json().getString("state")).isEqualTo("OPEN");
    assertThat(Instant.parse(restored.json().getString("expiresAt")))
        .isAfter(Instant.now().plus(java.time.Duration.ofDays(29)));
    assertThat(customer.get("/api/v1/photos/" + photoId + "/original").status()).isEqualTo(200);
  }

  @Test
  void aSharedGalleryOpensWithItsPinOnlyItsOwnPreviews() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String a = paidBooking(photographer, customer, inDays(15), "10:00");
    String b = paidBooking(photographer, customer, inDays(16), "10:00");
    for (String id : List.of(a, b)) {
      photographer
          .api()
          .postBytes(
              "/api/v1/bookings/" + id + "/photos",
              Images.jpeg(640, 480, java.awt.Color.PINK),
              "image/jpeg");
    }
    String photoA = ApiJourneyIT.waitForThumbnails(customer, a, 1).get(0).getString("id");
    String photoB = ApiJourneyIT.waitForThumbnails(customer, b, 1).get(0).getString("id");
    String share = "/api/v1/bookings/" + a + "/gallery/share";
    assertThat(customer.post(share, Api.obj(Map.of("pin", "12"))).status()).isEqualTo(400);
    assertThat(photographer.api().post(share, Api.obj(Map.of("pin", "2468"))).status())
        .isEqualTo(403);
    var shared = customer.post(share, Api.obj(Map.of("pin", "2468")));
    assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
    String gallery = "/api/v1/galleries/" + shared.json().getString("token");

    Api guest = new Api(Env.SAKURA);
    for (int i = 0; i < 4; i++) {
      var wrong = guest.post(gallery + "/unlock", Api.obj(Map.of("pin", "1357")));
      assertThat(wrong.status()).isEqualTo(403);
      assertThat(wrong.json().getString("detail")).contains("PIN");
    }
    var unlocked = guest.post(gallery + "/unlock", Api.obj(Map.of("pin", "2468")));
    assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
    assertThat(unlocked.header("Set-Cookie")).as("guests get no session").isNull();
    String grant = "?grant=" + unlocked.json().getString("grant");
    var photos = guest.get(gallery + "/photos" + grant);
    assertThat(photos.array()).hasSize(1);
    assertThat(photos.array().getJsonObject(0).getString("id")).isEqualTo(photoA);
    var preview = guest.get(gallery + "/photos/" + photoA + "/preview" + grant);
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.header("Content-Type")).isEqualTo("image/jpeg");
    assertThat(Images.sha256(preview.bytes()))
        .as("guests see what the customer sees: watermarked before 検収")
        .isEqualTo(Images.sha256(customer.get("/api/v1/photos/" + photoA + "/preview").bytes()));
    assertThat(guest.get(gallery + "/photos/" + photoB + "/preview" + grant).status())
        .as("a link never opens another gallery")
        .isEqualTo(404);
    assertThat(guest.get("/api/v1/photos/" + photoA + "/original").status()).isIn(401, 403, 404);
    assertThat(guest.get(gallery + "/photos" + "?grant=" + "x".repeat(32)).status()).isEqualTo(404);
    assertThat(guest.get("/api/v1/galleries/" + "y".repeat(32) + "/photos" + grant).status())
        .isEqualTo(404);

    // Five wrong PINs in a row lock the link, even for the right PIN.
    for (int i = 0; i < 5; i++) {
      guest.post(gallery + "/unlock", Api.obj(Map.of("pin", "0000")));
    }
    var locked = guest.post(gallery + "/unlock", Api.obj(Map.of("pin", "2468")));
    assertThat(locked.status()).isEqualTo(403);
    assertThat(locked.json().getString("detail")).contains("15");

    // Unsharing ends every grant of the link.
    assertThat(customer.delete(share).status()).isEqualTo(204);
    assertThat(guest.get(gallery + "/photos" + grant).status()).isEqualTo(404);
  }

  /** Makes a booking's scheduled job of one kind due now. */
  private static void dueNow(String kind, String bookingId) {
    Sql.execute(
        "UPDATE job SET run_at = now() WHERE kind = ? AND payload = ? AND done_at IS NULL",
        kind,
        bookingId);
  }

  @Test
  void timersExpireUnansweredRequestsAndCompleteDeliveriesOnce() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String paid = paidBooking(photographer, customer, inDays(12), "10:00");
    assertThat(
            operator
                .put(
                    "/api/v1/operator/rules",
                    rules.with("requestTtl", "PT2S", "autoCompleteAfter", "PT2S"))
                .status())
        .isEqualTo(200);
    String requested;
    try {
      var request =
          customer.post(
              "/api/v1/bookings",
              Api.obj(
                  Map.of(
                      "planId", photographer.planId(), "date", inDays(10), "startTime", "10:00")));
      requested = request.json().getString("id");
      assertThat(
              photographer
                  .api()
                  .postBytes(
                      "/api/v1/bookings/" + paid + "/photos",
                      Images.jpeg(800, 600, java.awt.Color.ORANGE),
                      "image/jpeg")
                  .status())
          .isEqualTo(201);
    } finally {
      rules.restore();
    }
    awaitStatus(customer, requested, "EXPIRED");
    awaitStatus(customer, paid, "COMPLETED");
    Concurrently.await(() -> Sql.sum(paid, "PAYOUT") == 25500, "payout released after completion");
    assertThat(Sql.sum(paid, "PAYOUT_HELD")).isZero();
    assertThat(Sql.imbalance(paid)).isZero();
    assertThat(
            Sql.number(
                "SELECT COUNT(*) FROM job WHERE kind = 'payout.release' AND payload = ?", paid))
        .isEqualTo(1);
    assertThat(Sql.number("SELECT COUNT(*) FROM calendar_hold WHERE booking_id = ?", requested))
        .as("an expired request gives its time back")
        .isZero();
  }

  @Test
  void inquiryOfferCounterOfferAndAcceptance() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    var inquiry =
        customer.post(
            "/api/v1/bookings/inquiries",
            Api.obj(Map.of("planId", photographer.planId(), "date", inDays(40), "note", "家族6人です")));
    assertThat(inquiry.status()).as(inquiry.toString()).isEqualTo(201);
    String id = inquiry.json().getString("id");
    assertThat(inquiry.json().getString("status")).isEqualTo("INQUIRY");
    String base = "/api/v1/bookings/" + id;

    var offer = photographer.api().post(base + "/offer", terms(inDays(40), "09:00", "36000"));
    assertThat(offer.json().getString("status")).isEqualTo("OFFERED");
    assertThat(offer.json().getJsonObject("price").getInt("minorUnits")).isEqualTo(36000);
    assertThat(customer.post(base + "/counter", terms(inDays(40), "09:00", "32000.5")).status())
        .as("yen have no decimals")
        .isEqualTo(400);
    var counter = customer.post(base + "/counter", terms(inDays(40), "09:30", "32000"));
    assertThat(counter.json().getString("status")).isEqualTo("COUNTERED");
    assertThat(customer.post(base + "/accept", JsonObject.EMPTY_JSON_OBJECT).status())
        .as("the customer cannot accept their own counter-offer")
        .isEqualTo(409);
    var accepted = photographer.api().post(base + "/accept", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");
    assertThat(accepted.json().getJsonObject("price").getInt("minorUnits")).isEqualTo(32000);
    assertThat(Sql.number("SELECT COUNT(*) FROM calendar_hold WHERE booking_id = ?", id))
        .isEqualTo(1);
  }

  @Test
  void rescheduleAskedByOneSideAndApprovedByTheOtherAndTheBackupDate() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    var request =
        customer.post(
            "/api/v1/bookings",
            Api.obj(
                Map.of(
                    "planId",
                    photographer.planId(),
                    "date",
                    inDays(30),
                    "startTime",
                    "10:00",
                    "backupDate",
                    inDays(37))));
    assertThat(request.status()).as(request.toString()).isEqualTo(201);
    String id = request.json().getString("id");
    String base = "/api/v1/bookings/" + id;
    assertThat(Sql.number("SELECT COUNT(*) FROM calendar_hold WHERE booking_id = ?", id))
        .as("the backup date is held too")
        .isEqualTo(2);
    photographer.api().post(base + "/accept", JsonObject.EMPTY_JSON_OBJECT);
    var early = customer.post(base + "/backup", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(early.status()).as("the backup date is for paid bookings").isEqualTo(409);
    assertThat(early.json().getString("detail"))
        .isEqualTo("This booking cannot be moved to its backup date while it is accepted.");
    pay(customer, id);

    var asked = photographer.api().post(base + "/reschedule", terms(inDays(31), "14:00", null));
    assertThat(asked.json().getString("rescheduleAskedBy")).isEqualTo("PHOTOGRAPHER");
    assertThat(
            photographer
                .api()
                .post(base + "/reschedule/approve", JsonObject.EMPTY_JSON_OBJECT)
                .status())
        .as("nobody approves their own request")
        .isEqualTo(409);
    var approved = customer.post(base + "/reschedule/approve", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(approved.status()).isEqualTo(200);
    assertThat(Instant.parse(approved.json().getString("startsAt")))
        .isEqualTo(LocalDate.parse(inDays(31)).atTime(14, 0).atZone(TOKYO).toInstant());
    assertThat(approved.json().containsKey("rescheduleStartsAt")).isFalse();

    var rain = customer.post(base + "/backup", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(rain.status()).as(rain.toString()).isEqualTo(200);
    assertThat(Instant.parse(rain.json().getString("startsAt")))
        .isEqualTo(LocalDate.parse(inDays(37)).atTime(10, 0).atZone(TOKYO).toInstant());
    assertThat(Sql.number("SELECT COUNT(*) FROM calendar_hold WHERE booking_id = ?", id))
        .as("the backup date became the shoot; nothing else is held")
        .isEqualTo(1);
    assertThat(customer.post(base + "/backup", JsonObject.EMPTY_JSON_OBJECT).status())
        .as("the backup date can be used once")
        .isEqualTo(409);
  }

  @Test
  void badInputIsRefusedWithoutChange() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    Map<String, Map<String, ?>> bad =
        Map.of(
            "past date", Map.of("planId", photographer.planId(), "date", "2020-01-01"),
            "not a date", Map.of("planId", photographer.planId(), "date", "tomorrow"),
            "backup before the shoot",
                Map.of(
                    "planId", photographer.planId(), "date", inDays(10), "backupDate", inDays(9)),
            "bad time",
                Map.of("planId", photographer.planId(), "date", inDays(10), "startTime", "25:99"));
    bad.forEach(
        (what, body) -> {
          var answer = customer.post("/api/v1/bookings", Api.obj(body));
          assertThat(answer.status()).as(what + ": " + answer).isEqualTo(400);
          assertThat(answer.json().getJsonArray("errors")).as(what).isNotEmpty();
        });
    assertThat(
            Sql.number("SELECT COUNT(*) FROM booking WHERE photographer_id = ?", photographer.id()))
        .isZero();

    String id = acceptedBooking(photographer, customer, inDays(15), "10:00");
    for (String price : new String[] {"-100", "0", "abc", "99999999999"}) {
      assertThat(
              customer
                  .post("/api/v1/bookings/" + id + "/counter", terms(inDays(15), "10:00", price))
                  .status())
          .as(price)
          .isIn(400, 409);
    }
    var unknownReason =
        customer.post("/api/v1/bookings/" + id + "/cancel", Api.obj(Map.of("reason", "BORED")));
    assertThat(unknownReason.status()).isEqualTo(400);
    assertThat(customer.get("/api/v1/bookings/" + id).json().getString("status"))
        .isEqualTo("ACCEPTED");

    for (var changed :
        List.of(
            rules.with("cancellationPolicy", "24h:20,72h:50"),
            rules.with("requestTtl", "forever"),
            rules.with("commissionBasisPoints", -1))) {
      var answer = operator.put("/api/v1/operator/rules", changed);
      assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    }
    assertThat(operator.get("/api/v1/operator/rules").json()).isEqualTo(rules.original);
    assertThat(customer.put("/api/v1/operator/rules", rules.original).status()).isEqualTo(403);
  }

  @Test
  void addOnsSetThePriceAndTheLengthOfTheShoot() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
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
                        "延長・特急つき",
                        "durationMinutes",
                        60,
                        "price",
                        30000,
                        "photoCount",
                        40,
                        "deliveryDays",
                        14,
                        "extraMinutes",
                        30,
                        "extraPrice",
                        5000,
                        "expressDays",
                        3,
                        "expressPrice",
                        8000)));
    assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
    String planId = plan.json().getString("id");
    Api customer = Accounts.customer(Env.SAKURA);
    String date = inDays(18);
    var booked =
        customer.post(
            "/api/v1/bookings",
            Json.createObjectBuilder()
                .add("planId", planId)
                .add("date", date)
                .add("startTime", "10:00")
                .add("extraUnits", 2)
                .add("express", true)
                .build());
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    assertThat(booked.json().getJsonObject("price").getInt("minorUnits"))
        .isEqualTo(30000 + 2 * 5000 + 8000);
    assertThat(Instant.parse(booked.json().getString("endsAt")))
        .isEqualTo(LocalDate.parse(date).atTime(12, 0).atZone(TOKYO).toInstant());
    assertThat(booked.json().getString("addons")).isEqualTo("extra=2;express");

    var noExpress =
        customer.post(
            "/api/v1/bookings",
            Json.createObjectBuilder()
                .add("planId", photographer.planId())
                .add("date", inDays(19))
                .add("express", true)
                .build());
    assertThat(noExpress.status()).as("the plan offers no express delivery").isEqualTo(400);
    var tooLong =
        customer.post(
            "/api/v1/bookings",
            Json.createObjectBuilder()
                .add("planId", planId)
                .add("date", inDays(20))
                .add("extraUnits", 5)
                .build());
    assertThat(tooLong.status()).isEqualTo(400);
    var badPlan =
        photographer
            .api()
            .post(
                "/api/v1/me/plans",
                Api.obj(
                    Map.of(
                        "categoryId",
                        "shichigosan",
                        "title",
                        "x",
                        "durationMinutes",
                        60,
                        "price",
                        30000,
                        "photoCount",
                        40,
                        "deliveryDays",
                        3,
                        "expressDays",
                        5,
                        "expressPrice",
                        8000)));
    assertThat(badPlan.status()).as("express must be faster than normal delivery").isEqualTo(400);
  }

  @Test
  void theTravelFeeFollowsTheTenantsDistanceBands() {
    Api photographer = Accounts.signUp(Env.SAKURA, Env.unique("travel"), "出張", "PHOTOGRAPHER");
    var profile =
        photographer.put(
            "/api/v1/me/profile",
            Json.createObjectBuilder()
                .add("displayName", "出張 撮影者")
                .add("bio", "")
                .add("prefecture", "kyoto")
                .add("city", "京都市")
                .add("languages", "ja")
                .add("latitude", 34.9858) // Kyoto Station
                .add("longitude", 135.7588)
                .build());
    assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
    var plan =
        photographer.post(
            "/api/v1/me/plans",
            Api.obj(
                Map.of(
                    "categoryId",
                    "shichigosan",
                    "title",
                    "出張プラン",
                    "durationMinutes",
                    60,
                    "price",
                    30000,
                    "photoCount",
                    40)));
    String planId = plan.json().getString("id");
    assertThat(
            operator
                .put("/api/v1/operator/rules", rules.with("travelFeeBands", "10:0,30:3000,60:6000"))
                .status())
        .isEqualTo(200);
    try {
      Api customer = Accounts.customer(Env.SAKURA);
      java.util.function.BiFunction<Double, Double, Api.Answer> book =
          (lat, lon) ->
              customer.post(
                  "/api/v1/bookings",
                  Json.createObjectBuilder()
                      .add("planId", planId)
                      .add("date", inDays(21 + (int) (Math.abs(lat) * 10) % 7))
                      .add("startTime", "10:00")
                      .add("latitude", lat)
                      .add("longitude", lon)
                      .build());
      var near = book.apply(35.0116, 135.7681); // Kyoto City Hall, ~3 km
      assertThat(near.json().getJsonObject("price").getInt("minorUnits")).isEqualTo(30000);
      var osaka = book.apply(34.7025, 135.4959); // Osaka Station, ~40 km
      assertThat(osaka.status()).as(osaka.toString()).isEqualTo(201);
      assertThat(osaka.json().getJsonObject("price").getInt("minorUnits")).isEqualTo(36000);
      assertThat(osaka.json().getJsonObject("travelFee").getInt("minorUnits")).isEqualTo(6000);
      var tokyo = book.apply(35.6812, 139.7671); // Tokyo Station, ~370 km
      assertThat(tokyo.status()).as("beyond the last band").isEqualTo(400);
      assertThat(
              operator
                  .put("/api/v1/operator/rules", rules.with("travelFeeBands", "far:1"))
                  .status())
          .isEqualTo(400);
    } finally {
      rules.restore();
    }
  }

  // --- helpers ---

  private static String inDays(int days) {
    return LocalDate.now(TOKYO).plusDays(days).toString();
  }

  private static JsonObject terms(String date, String time, String price) {
    var values = new java.util.HashMap<String, Object>(Map.of("date", date, "startTime", time));
    if (price != null) {
      values.put("price", price);
    }
    return Api.obj(values);
  }

  private static String acceptedBooking(
      Accounts.Photographer photographer, Api customer, String date, String time) {
    var request =
        customer.post(
            "/api/v1/bookings",
            Api.obj(Map.of("planId", photographer.planId(), "date", date, "startTime", time)));
    assertThat(request.status()).as(request.toString()).isEqualTo(201);
    String id = request.json().getString("id");
    var accepted =
        photographer.api().post("/api/v1/bookings/" + id + "/accept", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    return id;
  }

  /** What a browser does with a presigned upload URL: PUT the bytes, no credentials. */
  private static int putStraightToStorage(
      java.net.http.HttpClient http, java.net.URI url, byte[] jpeg) throws Exception {
    return http.send(
            java.net.http.HttpRequest.newBuilder(url)
                .header("Content-Type", "image/jpeg")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(jpeg))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String paidBooking(
      Accounts.Photographer photographer, Api customer, String date, String time) {
    String id = acceptedBooking(photographer, customer, date, time);
    pay(customer, id);
    return id;
  }

  /** The customer accepts the delivery (検収): from then on the originals open to them. */
  static void acceptDelivery(Api customer, String bookingId) {
    var accepted =
        customer.post("/api/v1/bookings/" + bookingId + "/complete", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
  }

  private static void pay(Api customer, String id) {
    var payment =
        customer.post("/api/v1/bookings/" + id + "/payment", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(payment.status()).as(payment.toString()).isEqualTo(200);
    var confirmed =
        operator.post(
            "/api/v1/operator/payments/" + payment.json().getString("id") + "/confirm",
            Api.obj(Map.of("note", "seen")));
    assertThat(confirmed.json().getString("status")).isEqualTo("CAPTURED");
  }

  private static void awaitStatus(Api api, String bookingId, String status) throws Exception {
    Concurrently.await(
        () -> status.equals(api.get("/api/v1/bookings/" + bookingId).json().getString("status")),
        bookingId + " becomes " + status);
  }
}
