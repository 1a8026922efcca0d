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
