package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer and the photographer chat about a booking in two browsers, the customer's on node A
 * and the photographer's on node B: a message sent on A shows on B within a second, a phone number
 * is masked for both with a notice to the sender, an attached photo arrives, markup stays text, the
 * sender sees the read receipt, and the photographer's mailbox on the SMTP server gets the
 * new-message mail.
 */
class ChatJourneyIT {
  private static final int NODE2 = Integer.getInteger("it.node2.port", 9281);

  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void twoPartiesChatInRealTime() throws Exception {
    String photographerEmail = Env.unique("chat-photographer");
    var photographer =
        Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60, "kyoto", photographerEmail);
    String customerEmail = Env.unique("chat-customer");
    Api customerApi = Accounts.signUp(Env.SAKURA, customerEmail, "Chat Customer", "CUSTOMER");
    String bookingId = ConversationIT.book(customerApi, photographer);
    String reference =
        customerApi.get("/api/v1/bookings/" + bookingId).json().getString("reference");
    Path photo = Files.createTempFile("sp-chat-", ".jpg");
    Files.write(photo, Images.jpeg(800, 600, java.awt.Color.PINK));

    try (Browser customer = new Browser(Env.SAKURA);
        Browser photographerBrowser =
            new Browser(Env.SAKURA.replace(":" + Env.PORT, ":" + NODE2))) {
      customer.login(customerEmail, Env.PASSWORD);
      photographerBrowser.login(photographerEmail, Env.PASSWORD);
      customer.open("/booking?id=" + bookingId);
      photographerBrowser.open("/booking?id=" + bookingId);
      customer.waitForScript(
          "return document.getElementById('chat').getAttribute('data-live') === 'true' || null");
      photographerBrowser.waitForScript(
          "return document.getElementById('chat').getAttribute('data-live') === 'true' || null");

      // A phone number, sent on node A: on node B within a second, masked for both, and the
      // sender is told why. Both browsers run on this machine, so their clocks agree.
      photographerBrowser.waitForScript(
          "window.__arrived = null; new MutationObserver(function () {"
              + " if (!window.__arrived && document.getElementById('messages-list')"
              + ".textContent.indexOf('当日の連絡は') >= 0) { window.__arrived = Date.now(); }"
              + " }).observe(document.getElementById('messages-list'), {childList: true,"
              + " subtree: true}); return true;");
      customer.type("#form\\:body", "当日の連絡は 090-1234-5678 にお願いします");
      long sent =
          ((Number)
                  customer.waitForScript(
                      "document.getElementById('form:send').click(); return Date.now();"))
              .longValue();
      long arrived;
      try {
        arrived =
            ((Number) photographerBrowser.waitForScript("return window.__arrived;")).longValue();
      } catch (RuntimeException e) {
        customer.screenshot("chat-failed-customer");
        photographerBrowser.screenshot("chat-failed-photographer");
        throw new AssertionError(
            "not shown on node B; customer sees: "
                + customer.text("#messages-list")
                + " / photographer's page live: "
                + photographerBrowser.waitForScript(
                    "return document.getElementById('chat').getAttribute('data-live');")
                + ", list: "
                + photographerBrowser.text("#chat"),
            e);
      }
      assertThat(arrived - sent).as("sent on node A, shown on node B (ms)").isLessThan(1000);
      photographerBrowser.waitFor("#messages-list", "当日の連絡は ●●● にお願いします");
      assertThat(photographerBrowser.text("#messages-list")).doesNotContain("1234");
      assertThat(customer.find("#chat-notice").isDisplayed()).isTrue();
      assertThat(customer.text("#messages-list")).contains("●●●").doesNotContain("5678");

      // Markup is shown as text and never runs.
      customer.type("#form\\:body", "<img src=x onerror=\"window.__xss=1\"><b>bold</b>");
      customer.find("#form\\:send").click();
      photographerBrowser.waitFor("#messages-list", "<b>bold</b>");
      assertThat(photographerBrowser.all("#messages-list img[src='x'], #messages-list b"))
          .isEmpty();
      assertThat(photographerBrowser.waitForScript("return String(window.__xss === undefined)"))
          .isEqualTo("true");

      // The photographer's page was open: the customer sees the receipt.
      customer.waitForScript(
          "var m = document.querySelectorAll('#messages-list .sp-mine');"
              + " return m.length === 2 && m[1].getAttribute('data-read') === 'true' || null");

      // The photographer attaches a photo; the customer's page shows it.
      photographerBrowser.type("#form\\:body", "イメージ写真です");
      photographerBrowser.find("#chat-file").sendKeys(photo.toString());
      customer.waitFor("#messages-list", "イメージ写真です");
      customer.waitForScript(
          "var i = document.querySelector('#messages-list .sp-attachment img');"
              + " return i && i.complete && i.naturalWidth > 0 || null");
      customer.screenshot("chat-customer");
      photographerBrowser.screenshot("chat-photographer");
    } finally {
      Files.deleteIfExists(photo);
    }

    // The operator's console lists the conversation as flagged, without its content.
    try (Browser operator = new Browser(Env.SAKURA)) {
      operator.login("operator@sakura.example", Env.DEMO_PASSWORD);
      operator.open("/operator/index");
      String row = "tr.sp-flagged[data-booking-id='" + bookingId + "']";
      assertThat(operator.text(row + " .sp-flag-kinds")).contains("PHONE");
      assertThat(operator.text(row + " .sp-flag-count")).isEqualTo("1");
      assertThat(operator.text("#flagged")).doesNotContain("当日の連絡は");
    }

    // The photographer had nothing unread when the first message came: one mail said so.
    assertThat(Mailbox.mailTo(photographerEmail, "New message about " + reference))
        .contains(reference);
  }
}
