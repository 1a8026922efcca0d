package io.shutterport.platform.persistence;

import io.shutterport.platform.tenancy.TenantContext;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;

/**
 * The entity manager of the current request (or job), bound to its tenant. Repositories call {@link
 * #em()} for every operation; it joins the running JTA transaction.
 */
@RequestScoped
public class Db {
  @PersistenceUnit(unitName = "shutterport")
  EntityManagerFactory factory;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject TenantContext tenant;

  private EntityManager em;
  private EntityManager platform;

  public EntityManager em() {
    if (em == null) {
      em = factory.createEntityManager(Map.of(TenantOwned.TENANT_PROPERTY, tenant.require()));
    }
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      em.joinTransaction();
    }
    return em;
  }

  /**
   * Inserts a tenant-owned row now. Entities reference each other by id, not by JPA relationships,
   * so EclipseLink cannot order inserts by foreign key; inserting at once keeps the order of the
   * calls, which is the order the foreign keys need.
   */
  public void insert(Object entity) {
    EntityManager manager = em();
    manager.persist(entity);
    manager.flush();
  }

  /** Runs one SQL change in the current transaction, after the entities' pending changes. */
  public int execute(String sql, java.util.List<?> parameters) {
    var query = em().createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query.executeUpdate();
  }

  /**
   * Inserts rows in multi-row INSERT statements of at most 500 rows (well under any driver's limit
   * on parameters): one round trip per 500 rows instead of one per row.
   *
   * @param table the table
   * @param columns its columns, as in the INSERT, e.g. {@code "(a, b, c)"}
   * @param rows the values, each as many as the columns
   */
  public void insertRows(String table, String columns, java.util.List<Object[]> rows) {
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      var chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
      var parameters = new java.util.ArrayList<Object>();
      chunk.forEach(row -> parameters.addAll(java.util.Arrays.asList(row)));
      String row =
          "(" + String.join(", ", java.util.Collections.nCopies(chunk.get(0).length, "?")) + ")";
      execute(
          "INSERT INTO "
              + table
              + " "
              + columns
              + " VALUES "
              + String.join(", ", java.util.Collections.nCopies(chunk.size(), row)),
          parameters);
    }
  }

  private static final int ROWS_PER_INSERT = 500;

  /** An entity manager for tables that are not tenant-owned (tenants, jobs). */
  public EntityManager platformEm() {
    if (platform == null) {
      platform = factory.createEntityManager();
    }
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      platform.joinTransaction();
    }
    return platform;
  }

  @PreDestroy
  void close() {
    if (em != null && em.isOpen()) {
      em.close();
    }
    if (platform != null && platform.isOpen()) {
      platform.close();
    }
  }
}
