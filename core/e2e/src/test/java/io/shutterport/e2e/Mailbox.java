package io.shutterport.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) the application under test sends to. One per test JVM; the
 * application's outbox retries until it is up.
 */
final class Mailbox {
  private static GreenMail server;

  private Mailbox() {}

  static synchronized GreenMail server() {
    if (server == null) {
      server =
          new GreenMail(
              new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", "smtp"));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop()));
    }
    return server;
  }

  /** Waits for a mail to {@code to} and returns the first link in it that contains {@code path}. */
  static String linkTo(String to, String path) {
    // A link ends at white space, or at the quote or bracket around it in an HTML part.
    Pattern link = Pattern.compile("(https?://[^\\s\"<>]*" + Pattern.quote(path) + "[^\\s\"<>]*)");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      for (MimeMessage message : server().getReceivedMessages()) {
        try {
          if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)) {
            Matcher m =
                link.matcher(
                    GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
            if (m.find()) {
              return m.group(1);
            }
          }
        } catch (jakarta.mail.MessagingException e) {
          throw new IllegalStateException(e);
        }
      }
      server().waitForIncomingEmail(1000, server().getReceivedMessages().length + 1);
    }
    throw new AssertionError("no mail with a " + path + " link reached " + to);
  }

  /** The HTML part of a multipart/alternative mail, decoded. */
  static String htmlPart(MimeMessage message) {
    try {
      var parts = (jakarta.mail.Multipart) message.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        if (parts.getBodyPart(i).isMimeType("text/html")) {
          return (String) parts.getBodyPart(i).getContent();
        }
      }
      throw new AssertionError("no HTML part");
    } catch (jakarta.mail.MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for a mail to {@code to} whose subject contains {@code text}; returns its body. */
  static String mailTo(String to, String text) {
    return GreenMailUtil.getBody(messageTo(to, text));
  }

  /** Waits for a mail to {@code to} whose subject contains {@code text}. */
  static MimeMessage messageTo(String to, String text) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      for (MimeMessage message : server().getReceivedMessages()) {
        try {
          if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
              && message.getSubject().contains(text)) {
            return message;
          }
        } catch (jakarta.mail.MessagingException e) {
          throw new IllegalStateException(e);
        }
      }
      server().waitForIncomingEmail(1000, server().getReceivedMessages().length + 1);
    }
    throw new AssertionError("no mail about " + text + " reached " + to);
  }
}
