package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conversations in depth through the API: contact details masked until the booking is paid and
 * flagged for the operator; read receipts and unread counts; paged history; the operator reads a
 * conversation only once a dispute is open, and every reading is in the audit log.
 */
class ConversationIT {
  private static final String CONTACTS = "電話は０９０ー１２３４ー５６７８、LINE ID: sakura_photo です";

  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void contactDetailsStayHiddenUntilTheBookingIsPaidAndTheOperatorSeesTheFlag() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String bookingId = book(customer, photographer);
    String messages = "/api/v1/bookings/" + bookingId + "/messages";

    var posted = customer.post(messages, Api.obj(Map.of("body", CONTACTS)));
    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    assertThat(posted.json().getBoolean("masked")).as("the sender is told").isTrue();
    assertThat(posted.json().getString("body"))
        .isEqualTo("電話は●●●、●●● です")
        .doesNotContain("１２３４", "sakura_photo");
    JsonObject seen = photographer.api().get(messages).array().getJsonObject(0);
    assertThat(seen.getString("body")).isEqualTo("電話は●●●、●●● です");
    assertThat(seen.getBoolean("masked")).isTrue();

    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    JsonObject flag =
        operator.get("/api/v1/operator/conversations/flagged").array().stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("bookingId").equals(bookingId))
            .findFirst()
            .orElseThrow();
    assertThat(flag.getInt("messages")).isEqualTo(1);
    assertThat(
            flag.getJsonArray("kinds").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()))
        .containsExactly("LINE", "PHONE");
    assertThat(operator.get(messages).status())
        .as("operators read chats by dispute only")
        .isEqualTo(403);

    pay(customer, photographer, operator, bookingId);
    JsonObject revealed = photographer.api().get(messages).array().getJsonObject(0);
    assertThat(revealed.getString("body")).isEqualTo(CONTACTS);
    assertThat(revealed.getBoolean("masked")).isFalse();
  }

  @Test
  void readReceiptsUnreadCountsAndPagedHistory() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String bookingId = book(customer, photographer);
    String messages = "/api/v1/bookings/" + bookingId + "/messages";
    for (int i = 1; i <= 55; i++) {
      assertThat(customer.post(messages, Api.obj(Map.of("body", "message " + i))).status())
          .isEqualTo(201);
    }
    JsonObject unread = photographer.api().get("/api/v1/me/unread").json();
    assertThat(unread.getJsonNumber("total").longValue()).isEqualTo(55);
    assertThat(unread.getJsonObject("byBooking").getJsonNumber(bookingId).longValue())
        .isEqualTo(55);
    assertThat(customer.get("/api/v1/me/unread").json().getJsonNumber("total").longValue())
        .as("own messages are not unread")
        .isZero();

    JsonArray latest = customer.get(messages).array();
    assertThat(latest).hasSize(50);
    assertThat(latest.getJsonObject(0).getString("body")).isEqualTo("message 6");
    assertThat(latest.getJsonObject(49).getString("body")).isEqualTo("message 55");
    assertThat(latest.getJsonObject(49).containsKey("readAt")).as("unread").isFalse();
    JsonArray older =
        customer.get(messages + "?before=" + latest.getJsonObject(0).getString("id")).array();
    assertThat(older.stream().map(v -> v.asJsonObject().getString("body")))
        .containsExactly("message 1", "message 2", "message 3", "message 4", "message 5");

    var read = photographer.api().post(messages + "/read", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(read.json().getInt("read")).isEqualTo(55);
    assertThat(
            photographer
                .api()
                .post(messages + "/read", JsonObject.EMPTY_JSON_OBJECT)
                .json()
                .getInt("read"))
        .as("reading again changes nothing")
        .isZero();
    assertThat(
            photographer.api().get("/api/v1/me/unread").json().getJsonNumber("total").longValue())
        .isZero();
    assertThat(customer.get(messages + "?limit=1").array().getJsonObject(0).containsKey("readAt"))
        .as("the sender sees the receipt")
        .isTrue();

    assertThat(customer.post(messages, Api.obj(Map.of("body", "  "))).status()).isEqualTo(400);
    var tooLong = customer.post(messages, Api.obj(Map.of("body", "あ".repeat(4001))));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("body");
    assertThat(customer.get("/api/v1/bookings/no-such-booking/messages").status()).isEqualTo(404);
    assertThat(
            customer
                .post("/api/v1/bookings/no-such-booking/messages", Api.obj(Map.of("body", "hi")))
                .status())
        .isEqualTo(404);
    assertThat(customer.get(messages + "?limit=200").array()).as("nothing stored").hasSize(55);
    assertThat(customer.get(messages + "?limit=0").status()).isEqualTo(400);
    assertThat(customer.get(messages + "?limit=x").status()).isEqualTo(400);
    var unknown = customer.get(messages + "?before=00000000-0000-0000-0000-000000000000");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("before");
  }

  @Test
  void theOperatorReadsAConversationOnlyThroughAnOpenDisputeAndEveryReadingIsAudited() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String bookingId = book(customer, photographer);
    customer.post("/api/v1/bookings/" + bookingId + "/messages", Api.obj(Map.of("body", CONTACTS)));
    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    String disputeMessages = "/api/v1/operator/disputes/" + bookingId + "/messages";
    assertThat(operator.get(disputeMessages).status()).as("no dispute yet").isEqualTo(404);
    assertThat(auditedReadingsOf(operator, bookingId)).isZero();

    String dispute = "/api/v1/bookings/" + bookingId + "/dispute";
    var empty = customer.post(dispute, Api.obj(Map.of("reason", " ")));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(
            Sql.number(
                "SELECT COUNT(*) FROM booking WHERE id = ? AND disputed_at IS NOT NULL", bookingId))
        .isZero();
    assertThat(Accounts.customer(Env.SAKURA).post(dispute, Api.obj(Map.of("reason", "x"))).status())
        .as("a stranger cannot open one")
        .isEqualTo(404);
    var opened =
        customer.post(
            dispute,
            Api.obj(Map.of("reason", "The photographer asked to be paid outside the site")));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    assertThat(opened.json().getString("disputeReason")).startsWith("The photographer");
    assertThat(
            operator.get("/api/v1/operator/disputes").array().stream()
                .map(v -> v.asJsonObject().getString("id")))
        .contains(bookingId);

    JsonArray asWritten = operator.get(disputeMessages).array();
    assertThat(asWritten.getJsonObject(0).getString("body")).as("as written").isEqualTo(CONTACTS);
    operator.get(disputeMessages);
    assertThat(auditedReadingsOf(operator, bookingId)).isEqualTo(2);

    Api pawsOperator = Accounts.demo(Env.PAWS, "operator@paws.example");
    assertThat(pawsOperator.get(disputeMessages).status())
        .as("another tenant's operator")
        .isEqualTo(404);
  }

  @Test
  void anImageAttachmentArrivesAsAPreviewWithoutLocationAndBadFilesLeaveNothing() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String bookingId = ConversationIT.book(customer, photographer);
    String messages = "/api/v1/bookings/" + bookingId + "/messages";
    String attachments = messages + "/attachments";

    var posted =
        customer.postBytes(
            attachments + "?caption=" + java.net.URLEncoder.encode("衣装の参考です", "UTF-8"),
            Images.jpegWithGps(800, 600),
            "image/jpeg");
    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    String photoId = posted.json().getString("attachmentId");
    assertThat(posted.json().getString("body")).isEqualTo("衣装の参考です");
    JsonObject seen = photographer.api().get(messages).array().getJsonObject(0);
    assertThat(seen.getString("attachmentId")).isEqualTo(photoId);

    Api.Answer thumbnail = null;
    for (int i = 0; i < 40; i++) {
      thumbnail = photographer.api().get("/api/v1/photos/" + photoId + "/thumbnail");
      if (thumbnail.status() == 200) {
        break;
      }
      Thread.sleep(250);
    }
    assertThat(thumbnail.status()).as("derivatives made by the job").isEqualTo(200);
    var preview = photographer.api().get("/api/v1/photos/" + photoId + "/preview");
    assertThat(preview.status()).isEqualTo(200);
    assertThat(Images.hasExif(preview.bytes())).as("no location in what is served").isFalse();
    assertThat(photographer.api().get("/api/v1/photos/" + photoId + "/original").status())
        .as("attachments go out as previews only")
        .isEqualTo(404);
    assertThat(Accounts.customer(Env.SAKURA).get("/api/v1/photos/" + photoId + "/preview").status())
        .isEqualTo(404);
    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    assertThat(operator.get("/api/v1/photos/" + photoId + "/preview").status())
        .as("operators only through a dispute")
        .isEqualTo(404);

    long photosBefore = Sql.number("SELECT COUNT(*) FROM photo WHERE owner_id = ?", bookingId);
    var text = customer.postBytes(attachments, "not an image".getBytes(), "image/jpeg");
    assertThat(text.status()).isIn(400, 415);
    var flood = customer.postBytes(attachments, BadFiles.pixelFloodPng(30000, 30000), "image/png");
    assertThat(flood.status()).isEqualTo(413);
    var longCaption =
        customer.postBytes(
            attachments + "?caption=" + "x".repeat(4001),
            Images.jpeg(64, 64, java.awt.Color.RED),
            "image/jpeg");
    assertThat(longCaption.status()).isEqualTo(400);
    assertThat(Sql.number("SELECT COUNT(*) FROM photo WHERE owner_id = ?", bookingId))
        .isEqualTo(photosBefore);
    assertThat(photographer.api().get(messages).array()).hasSize(1);
  }

  private static long auditedReadingsOf(Api operator, String bookingId) {
    return operator.get("/api/v1/operator/audit").array().stream()
        .map(JsonValue::asJsonObject)
        .filter(
            e ->
                e.getString("action").equals("conversation.read")
                    && e.getString("target").equals(bookingId))
        .count();
  }

  static String book(Api customer, Accounts.Photographer photographer) {
    String date = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(40).toString();
    var booking =
        customer.post(
            "/api/v1/bookings",
            Api.obj(Map.of("planId", photographer.planId(), "date", date, "startTime", "11:00")));
    assertThat(booking.status()).as(booking.toString()).isEqualTo(201);
    return booking.json().getString("id");
  }

  static void pay(
      Api customer, Accounts.Photographer photographer, Api operator, String bookingId) {
    String b = "/api/v1/bookings/" + bookingId;
    assertThat(photographer.api().post(b + "/accept", JsonObject.EMPTY_JSON_OBJECT).status())
        .isEqualTo(200);
    var payment = customer.post(b + "/payment", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(payment.status()).as(payment.toString()).isEqualTo(200);
    var confirmed =
        operator.post(
            "/api/v1/operator/payments/" + payment.json().getString("id") + "/confirm",
            Api.obj(Map.of("note", "seen")));
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(customer.get(b).json().getString("status")).isEqualTo("PAID");
  }
}
