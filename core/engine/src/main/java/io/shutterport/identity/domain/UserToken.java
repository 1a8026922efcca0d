package io.shutterport.identity.domain;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time token (e-mail verification, password reset). Only its SHA-256 is stored. */
@Entity
@Table(name = "user_token")
public class UserToken extends TenantOwned {
  /** What a token is for. */
  public enum Purpose {
    VERIFY,
    RESET
  }

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "user_id")
  private String userId;

  private String purpose;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected UserToken() {}

  public UserToken(String tokenHash, String userId, Purpose purpose, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.purpose = purpose.name();
    this.expiresAt = expiresAt;
  }

  /** Uses the token up; false if it is for something else, expired or already used. */
  public boolean redeem(Purpose expected, Instant now) {
    if (usedAt != null || !purpose.equals(expected.name()) || now.isAfter(expiresAt)) {
      return false;
    }
    usedAt = now;
    return true;
  }

  public String userId() {
    return userId;
  }
}
