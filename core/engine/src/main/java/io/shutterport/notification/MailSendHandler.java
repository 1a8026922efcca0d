package io.shutterport.notification;

import io.shutterport.notification.domain.OutboxMail;
import io.shutterport.platform.config.Settings;
import io.shutterport.platform.jobs.JobHandler;
import io.shutterport.platform.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one outbox row by SMTP, or — with no SMTP host configured (embedded profile) — leaves it in
 * the outbox for the developer outbox page. Logs ids only, never addresses or contents.
 */
@ApplicationScoped
public class MailSendHandler implements JobHandler {
  private static final Logger LOG = Logger.getLogger(MailSendHandler.class.getName());

  @Inject Db db;
  @Inject Settings settings;

  @Override
  public String kind() {
    return MailService.JOB;
  }

  @Override
  public void handle(String payload) {
    OutboxMail mail = db.em().find(OutboxMail.class, payload);
    if (mail == null || mail.sent()) {
      return;
    }
    if (settings.smtpHost().isEmpty()) {
      LOG.log(Level.INFO, "Mail {0} kept in the developer outbox (no SMTP host set)", mail.id());
      mail.markSent(Instant.now());
      return;
    }
    try {
      Session session = SmtpSessions.of(settings);
      // The outbox row's id is the mail's Message-ID: if a send succeeds but recording it does
      // not, the retry carries the same id, and mail systems treat the two as one message.
      String messageId = "<" + mail.id() + "@" + domainOf(settings.mailFrom()) + ">";
      MimeMessage message =
          new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
              setHeader("Message-ID", messageId);
            }
          };
      message.setFrom(new InternetAddress(settings.mailFrom()));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      if (mail.htmlBody() == null) {
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
      } else {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.htmlBody(), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", text, html));
      }
      Transport.send(message);
      mail.markSent(Instant.now());
      LOG.log(Level.FINE, "Mail {0} sent", mail.id());
    } catch (MessagingException e) {
      throw new IllegalStateException("SMTP send failed: " + e.getClass().getSimpleName(), e);
    }
  }

  private static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    return at < 0 ? "shutterport.invalid" : address.substring(at + 1).replace(">", "");
  }
}
