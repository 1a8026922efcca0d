package io.shutterport.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.shutterport.platform.config.Settings;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The mail session against a real SMTP server that knows one user. */
class SmtpSessionsTest {
  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP)
          .withConfiguration(GreenMailConfiguration.aConfig().withUser("relay", "relay-secret"));

  @Test
  void authenticatesWithTheConfiguredUser() throws MessagingException {
    send(SmtpSessions.of(settings("relay", "relay-secret", "off")));
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("Shutterport");
  }

  @Test
  void aWrongPasswordIsRefusedByTheServer() {
    Session session = SmtpSessions.of(settings("relay", "wrong", "off"));
    assertThatThrownBy(() -> send(session)).isInstanceOf(AuthenticationFailedException.class);
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void requiredStartTlsNeverSendsInTheClear() {
    // This server offers no STARTTLS: a relay that must be reached over TLS gets nothing.
    Session session = SmtpSessions.of(settings("relay", "relay-secret", "required"));
    assertThatThrownBy(() -> send(session))
        .isInstanceOf(MessagingException.class)
        .hasMessageContaining("STARTTLS");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void anUnknownStartTlsSettingIsRefused() {
    assertThatThrownBy(() -> SmtpSessions.of(settings(null, null, "sometimes")))
        .hasMessageContaining("off, optional or required");
  }

  private static void send(Session session) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress("no-reply@shutterport.example"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress("someone@example.com"));
    message.setSubject("Shutterport");
    message.setText("hello");
    Transport.send(message);
  }

  private static Settings settings(String user, String password, String startTls) {
    return new Settings() {
      @Override
      public Optional<String> smtpHost() {
        return Optional.of("127.0.0.1");
      }

      @Override
      public int smtpPort() {
        return SMTP.getSmtp().getPort();
      }

      @Override
      public Optional<String> smtpUser() {
        return Optional.ofNullable(user);
      }

      @Override
      public Optional<String> smtpPassword() {
        return Optional.ofNullable(password);
      }

      @Override
      public String smtpStartTls() {
        return startTls;
      }
    };
  }
}
