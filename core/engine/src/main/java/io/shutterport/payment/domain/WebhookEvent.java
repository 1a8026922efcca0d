package io.shutterport.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A provider event that has been acted on; its key makes a redelivery a no-op. */
@Entity
@Table(name = "webhook_event")
@IdClass(WebhookEvent.Key.class)
public class WebhookEvent {
  @Id
  @Column(name = "tenant_id")
  private String tenantId;

  @Id
  @Column(name = "provider_id")
  private String providerId;

  @Id
  @Column(name = "event_id")
  private String eventId;

  @Column(name = "received_at")
  private Instant receivedAt;

  protected WebhookEvent() {}

  public WebhookEvent(String tenantId, String providerId, String eventId) {
    this.tenantId = tenantId;
    this.providerId = providerId;
    this.eventId = eventId;
    this.receivedAt = Instant.now();
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String tenantId;
    private String providerId;
    private String eventId;

    public Key() {}

    public Key(String tenantId, String providerId, String eventId) {
      this.tenantId = tenantId;
      this.providerId = providerId;
      this.eventId = eventId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(tenantId, k.tenantId)
          && Objects.equals(providerId, k.providerId)
          && Objects.equals(eventId, k.eventId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, providerId, eventId);
    }
  }
}
