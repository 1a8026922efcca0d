package io.shutterport.gallery;

import io.shutterport.gallery.domain.QuotaExceededException;
import io.shutterport.gallery.domain.StorageUsage;
import io.shutterport.platform.persistence.Database;
import io.shutterport.platform.persistence.Db;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.tenant.PhotoQuotas;
import io.shutterport.tenant.TenantService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Photo storage quotas per uploader and per marketplace, counted in bytes of originals. An upload
 * takes its bytes in its own transaction, just before its photo row is written: one conditional
 * update per counter, so parallel uploads cannot together pass a quota, and the row lock is held
 * only until that transaction commits. A refused or failed upload rolls the counters back with
 * everything else.
 */
@ApplicationScoped
public class StorageQuotas {
  @Inject Db db;
  @Inject TenantService tenants;
  @Inject TenantContext tenant;
  @Inject Database database;

  /** Plain SQL for the counters' first insert, which must not abort the transaction on a race. */
  @Resource(lookup = "jdbc/shutterport")
  DataSource dataSource;

  /** Takes {@code bytes} from the uploader's and the marketplace's quota, or refuses. */
  public void take(String uploaderId, long bytes) {
    PhotoQuotas quotas = tenants.photoQuotas(tenant.require());
    take(uploaderId, bytes, quotas.perUserBytes(), false);
    take(StorageUsage.TENANT, bytes, quotas.perTenantBytes(), true);
  }

  /**
   * Refuses early, taking nothing, an upload that cannot fit as things stand; {@link #take} decides
   * for good.
   */
  public void check(String uploaderId, long bytes) {
    PhotoQuotas quotas = tenants.photoQuotas(tenant.require());
    if (used(uploaderId) + bytes > quotas.perUserBytes()) {
      throw new QuotaExceededException(false, quotas.perUserBytes());
    }
    if (used(StorageUsage.TENANT) + bytes > quotas.perTenantBytes()) {
      throw new QuotaExceededException(true, quotas.perTenantBytes());
    }
  }

  /** Gives {@code bytes} back to the uploader's and the marketplace's quota (a photo removed). */
  public void giveBack(String uploaderId, long bytes) {
    for (String owner : new String[] {uploaderId, StorageUsage.TENANT}) {
      db.em()
          .createQuery(
              "UPDATE StorageUsage u SET u.bytes = CASE WHEN u.bytes > :b THEN u.bytes - :b"
                  + " ELSE 0 END WHERE u.ownerId = :o")
          .setParameter("b", bytes)
          .setParameter("o", owner)
          .executeUpdate();
    }
  }

  /** Bytes of originals the uploader holds. */
  public long used(String uploaderId) {
    return db.em()
        .createQuery("SELECT u.bytes FROM StorageUsage u WHERE u.ownerId = :o", Long.class)
        .setParameter("o", uploaderId)
        .getResultStream()
        .findFirst()
        .orElse(0L);
  }

  private void take(String owner, long bytes, long limit, boolean marketplace) {
    ensureRow(owner);
    int updated =
        db.em()
            .createQuery(
                "UPDATE StorageUsage u SET u.bytes = u.bytes + :b"
                    + " WHERE u.ownerId = :o AND u.bytes + :b <= :limit")
            .setParameter("b", bytes)
            .setParameter("o", owner)
            .setParameter("limit", limit)
            .executeUpdate();
    if (updated != 1) {
      throw new QuotaExceededException(marketplace, limit);
    }
  }

  /**
   * Creates the counter on first use. On PostgreSQL two first uploads racing meet in {@code ON
   * CONFLICT DO NOTHING}: the second waits for the first and then uses its row. The embedded H2
   * database (one node, demo use) inserts when the row is missing.
   */
  private void ensureRow(String owner) {
    String sql =
        database.isPostgres()
            ? "INSERT INTO storage_usage (id, tenant_id, owner_id, bytes) VALUES (?, ?, ?, 0)"
                + " ON CONFLICT (tenant_id, owner_id) DO NOTHING"
            : "INSERT INTO storage_usage (id, tenant_id, owner_id, bytes) SELECT ?, ?, ?, 0"
                + " WHERE NOT EXISTS (SELECT 1 FROM storage_usage WHERE tenant_id = ?"
                + " AND owner_id = ?)";
    String tenantId = tenant.require();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setString(2, tenantId);
      insert.setString(3, owner);
      if (!database.isPostgres()) {
        insert.setString(4, tenantId);
        insert.setString(5, owner);
      }
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("storage counter: " + e.getSQLState(), e);
    }
  }
}
