package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every booking step and reminder reaches the notification centre and, per the user's preferences,
 * their mailbox on a real SMTP server (GreenMail); a new message is announced once until read.
 */
class NotificationIT {

  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void bookingStepsAndRemindersNotifyTheOtherPartyByCentreAndByMailAsTheyChose() throws Exception {
    String photographerEmail = Env.unique("notified-photographer");
    var photographer =
        Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60, "kyoto", photographerEmail);
    String customerEmail = Env.unique("notified-customer");
    Api customer = Accounts.signUp(Env.SAKURA, customerEmail, "Notified Customer", "CUSTOMER");
    String bookingId = ConversationIT.book(customer, photographer);
    String reference = customer.get("/api/v1/bookings/" + bookingId).json().getString("reference");

    // The request: the photographer's centre and mailbox.
    JsonObject centre = photographer.api().get("/api/v1/me/notifications").json();
    assertThat(centre.getJsonNumber("unread").longValue()).isEqualTo(1);
    JsonObject entry = centre.getJsonArray("entries").getJsonObject(0);
    assertThat(entry.getString("kind")).isEqualTo("booking.opened.REQUESTED");
    assertThat(entry.getString("text")).contains(reference);
    assertThat(entry.getString("bookingId")).isEqualTo(bookingId);
    assertThat(Mailbox.linkTo(photographerEmail, "/booking?id=" + bookingId))
        .startsWith("http://" + Env.SAKURA);

    // The customer turns booking mails off; bad preferences change nothing.
    String preferences = "/api/v1/me/notifications/preferences";
    assertThat(customer.put(preferences, Api.obj(Map.of("BOOKING", "no"))).status()).isEqualTo(400);
    assertThat(customer.put(preferences, Api.obj(Map.of("HOLIDAYS", false))).status())
        .isEqualTo(400);
    assertThat(customer.get(preferences).json().getBoolean("BOOKING")).isTrue();
    var off = customer.put(preferences, Api.obj(Map.of("BOOKING", false)));
    assertThat(off.status()).as(off.toString()).isEqualTo(200);
    assertThat(off.json().getBoolean("BOOKING")).isFalse();
    assertThat(off.json().getBoolean("REMINDER")).isTrue();

    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    ConversationIT.pay(customer, photographer, operator, bookingId);
    List<String> kinds = kinds(customer);
    assertThat(kinds).contains("booking.ACCEPT", "booking.PAY");
    assertThat(kinds(photographer.api())).contains("booking.PAY");
    assertThat(
            Sql.number(
                "SELECT COUNT(*) FROM mail_outbox WHERE recipient = '"
                    + customerEmail
                    + "' AND subject LIKE ?",
                "%" + reference + "%"))
        .as("no booking mail to a customer who turned them off")
        .isZero();
    var paidMail = Mailbox.messageTo(photographerEmail, "Payment received for " + reference);
    String outboxId =
        Sql.text(
            "SELECT id FROM mail_outbox WHERE recipient = ? AND subject LIKE '%Payment received%'",
            photographerEmail);
    assertThat(paidMail.getMessageID())
        .as("the outbox row's id travels as Message-ID, so a resend is the same message")
        .startsWith("<" + outboxId + "@");
    assertThat(Mailbox.htmlPart(paidMail))
        .as("branded with the marketplace's theme (sakura's primary colour) and name")
        .contains("background:#c2185b")
        .contains("さくらフォト")
        .contains("href=\"http://" + Env.SAKURA + "/booking?id=" + bookingId + "\"");

    // The shoot reminder was set when the booking was paid; due now, it reaches both.
    Sql.execute(
        "UPDATE job SET run_at = now() WHERE kind = 'reminder.booking' AND payload LIKE ?"
            + " AND done_at IS NULL",
        bookingId + " shoot %");
    assertThat(
            Mailbox.mailTo(customerEmail, "Tomorrow: shoot " + reference)
                .replace("=\r\n", "")
                .replace("=3D", "="))
        .as("a job's mail links to the host the booking was made on")
        .contains("http://" + Env.SAKURA + "/booking?id=" + bookingId);
    assertThat(kinds(photographer.api())).contains("reminder.shoot");

    var read = customer.post("/api/v1/me/notifications/read", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(read.json().getInt("read")).isGreaterThanOrEqualTo(3);
    assertThat(customer.get("/api/v1/me/notifications").json().getJsonNumber("unread").longValue())
        .isZero();
  }

  @Test
  void aNewMessageIsAnnouncedOnceUntilItIsRead() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String bookingId = ConversationIT.book(customer, photographer);
    String messages = "/api/v1/bookings/" + bookingId + "/messages";
    customer.post(messages, Api.obj(Map.of("body", "はじめまして")));
    customer.post(messages, Api.obj(Map.of("body", "七五三の撮影をお願いしたいです")));
    assertThat(kinds(photographer.api()).stream().filter("message.waiting"::equals)).hasSize(1);
    photographer.api().post(messages + "/read", JsonObject.EMPTY_JSON_OBJECT);
    customer.post(messages, Api.obj(Map.of("body", "よろしくお願いします")));
    assertThat(kinds(photographer.api()).stream().filter("message.waiting"::equals)).hasSize(2);
  }

  private static List<String> kinds(Api user) {
    return user.get("/api/v1/me/notifications").json().getJsonArray("entries").stream()
        .map(JsonValue::asJsonObject)
        .map(e -> e.getString("kind"))
        .toList();
  }
}
