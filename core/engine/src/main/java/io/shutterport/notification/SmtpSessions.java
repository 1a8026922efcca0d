package io.shutterport.notification;

import io.shutterport.platform.config.Settings;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Locale;
import java.util.Properties;

/**
 * The SMTP session mails are sent through, from the deployment's settings: host and port, STARTTLS
 * ({@code off}, {@code optional}, {@code required} — Amazon SES and most relays require it) and
 * authentication when a user is set. Timeouts keep a dead relay from holding a job's worker.
 */
final class SmtpSessions {
  private SmtpSessions() {}

  static Session of(Settings settings) {
    Properties props = new Properties();
    props.put("mail.smtp.host", settings.smtpHost().orElseThrow());
    props.put("mail.smtp.port", Integer.toString(settings.smtpPort()));
    props.put("mail.smtp.connectiontimeout", "5000");
    props.put("mail.smtp.timeout", "10000");
    String tls = settings.smtpStartTls().strip().toLowerCase(Locale.ROOT);
    switch (tls) {
      case "off" -> {}
      case "optional" -> props.put("mail.smtp.starttls.enable", "true");
      case "required" -> {
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
      }
      default ->
          throw new IllegalArgumentException(
              "SHUTTERPORT_MAIL_SMTP_STARTTLS must be off, optional or required, not " + tls);
    }
    if (settings.smtpUser().isEmpty()) {
      return Session.getInstance(props);
    }
    props.put("mail.smtp.auth", "true");
    String user = settings.smtpUser().get();
    String password = settings.smtpPassword().orElse("");
    return Session.getInstance(
        props,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(user, password);
          }
        });
  }
}
