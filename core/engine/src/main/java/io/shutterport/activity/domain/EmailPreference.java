package io.shutterport.activity.domain;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Whether a user gets one topic's notifications by e-mail too; no row means yes. */
@Entity
@Table(name = "notification_preference")
@IdClass(EmailPreference.Key.class)
public class EmailPreference extends TenantOwned {
  /** The primary key: user and topic. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String userId;
    private String topic;

    public Key() {}

    public Key(String userId, String topic) {
      this.userId = userId;
      this.topic = topic;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(userId, k.userId)
          && java.util.Objects.equals(topic, k.topic);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(userId, topic);
    }
  }

  @Id
  @jakarta.persistence.Column(name = "user_id")
  private String userId;

  @Id private String topic;

  private boolean email;

  protected EmailPreference() {}

  public EmailPreference(String userId, String topic, boolean email) {
    this.userId = userId;
    this.topic = topic;
    this.email = email;
  }

  public String topic() {
    return topic;
  }

  public boolean email() {
    return email;
  }

  public void email(boolean email) {
    this.email = email;
  }
}
