package io.shutterport.tenant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One message of the pages as a tenant words it in one language, replacing the default. */
@Entity
@Table(name = "tenant_copy")
@IdClass(TenantCopy.Key.class)
public class TenantCopy {
  @Id
  @Column(name = "tenant_id")
  private String tenantId;

  @Id private String language;

  @Id
  @Column(name = "message_key")
  private String messageKey;

  @Column(name = "copy_text")
  private String text;

  protected TenantCopy() {}

  public TenantCopy(String tenantId, String language, String messageKey, String text) {
    this.tenantId = tenantId;
    this.language = language;
    this.messageKey = messageKey;
    this.text = text;
  }

  public String language() {
    return language;
  }

  public String messageKey() {
    return messageKey;
  }

  public String text() {
    return text;
  }

  public void text(String text) {
    this.text = text;
  }

  /** Composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String tenantId;
    public String language;
    public String messageKey;

    public Key() {}

    public Key(String tenantId, String language, String messageKey) {
      this.tenantId = tenantId;
      this.language = language;
      this.messageKey = messageKey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(k.tenantId, tenantId)
          && Objects.equals(k.language, language)
          && Objects.equals(k.messageKey, messageKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, language, messageKey);
    }
  }
}
