package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer and the photographer chat about a booking in two browsers: messages arrive without
 * reloading, a phone number is masked for both with a notice to the sender, an attached photo
 * arrives, markup stays text, the sender sees the read receipt, and the photographer's mailbox on
 * the SMTP server gets the new-message mail.
 */
class ChatJourneyIT {

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
        Browser photographerBrowser = new Browser(Env.SAKURA)) {
      customer.login(customerEmail, Env.PASSWORD);
      photographerBrowser.login(photographerEmail, Env.PASSWORD);
      customer.open("/booking?id=" + bookingId);
      photographerBrowser.open("/booking?id=" + bookingId);
      customer.waitForScript(
          "return document.getElementById('chat').getAttribute('data-live') === 'true' || null");
      photographerBrowser.waitForScript(
          "return document.getElementById('chat').getAttribute('data-live') === 'true' || null");

      // A phone number: masked for both, and the sender is told why.
      customer.type("#form\\:body", "当日の連絡は 090-1234-5678 にお願いします");
      customer.find("#form\\:send").click();
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

    // The photographer had nothing unread when the first message came: one mail said so.
    assertThat(Mailbox.mailTo(photographerEmail, "New message about " + reference))
        .contains(reference);
  }
}
