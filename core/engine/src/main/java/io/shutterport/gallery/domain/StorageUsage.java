package io.shutterport.gallery.domain;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Bytes of originals held by one uploader, or ({@link #TENANT}) by the whole marketplace. Moved
 * only by the conditional updates of {@code StorageQuotas}.
 */
@Entity
@Table(name = "storage_usage")
public class StorageUsage extends TenantOwned {
  /** The owner id of the marketplace's total. */
  public static final String TENANT = "*";

  @Id private String id;

  @Column(name = "owner_id")
  private String ownerId;

  private long bytes;

  protected StorageUsage() {}

  public StorageUsage(String ownerId) {
    this.id = UUID.randomUUID().toString();
    this.ownerId = ownerId;
  }
}
