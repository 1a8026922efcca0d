package io.shutterport.notification.domain;

import io.shutterport.notification.OutboxView;
import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A rendered mail waiting to be sent, or sent. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends TenantOwned {
  @Id private String id;
  private String recipient;
  private String subject;
  private String body;

  @Column(name = "html_body")
  private String htmlBody;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMail() {}

  public OutboxMail(String recipient, String subject, String body, String htmlBody) {
    this.id = UUID.randomUUID().toString();
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.htmlBody = htmlBody;
    this.createdAt = Instant.now();
  }

  public boolean sent() {
    return sentAt != null;
  }

  public void markSent(Instant now) {
    sentAt = now;
  }

  public String id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  /** The HTML part, or null for mails written before there was one. */
  public String htmlBody() {
    return htmlBody;
  }

  public OutboxView view() {
    return new OutboxView(id, recipient, subject, body, createdAt, sentAt);
  }
}
