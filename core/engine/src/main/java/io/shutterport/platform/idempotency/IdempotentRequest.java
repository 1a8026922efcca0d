package io.shutterport.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A request that carried an {@code Idempotency-Key}, and its answer once it has one. */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest {
  @Id
  @Column(name = "request_id")
  private String requestId;

  @Column(name = "tenant_id")
  private String tenantId;

  @Column(name = "caller_id")
  private String callerId;

  @Column(name = "idem_key")
  private String key;

  private String fingerprint;
  private String status;

  @Column(name = "response_status")
  private Integer responseStatus;

  @Column(name = "response_type")
  private String responseType;

  @Column(name = "response_body")
  private String responseBody;

  @Column(name = "created_at")
  private Instant createdAt;

  protected IdempotentRequest() {}

  IdempotentRequest(
      String requestId,
      String tenantId,
      String callerId,
      String key,
      String fingerprint,
      Instant createdAt) {
    this.requestId = requestId;
    this.tenantId = tenantId;
    this.callerId = callerId;
    this.key = key;
    this.fingerprint = fingerprint;
    this.status = "RUNNING";
    this.createdAt = createdAt;
  }

  void complete(int status, String contentType, String body) {
    this.status = "DONE";
    this.responseStatus = status;
    this.responseType = contentType;
    this.responseBody = body;
  }

  IdempotencyStore.Row row() {
    return new IdempotencyStore.Row(
        fingerprint,
        "DONE".equals(status),
        responseStatus == null ? 0 : responseStatus,
        responseType,
        responseBody,
        createdAt);
  }
}
