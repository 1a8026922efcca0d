package io.shutterport.identity;

import io.shutterport.identity.domain.AccountSuspension;
import io.shutterport.platform.cluster.ClusterBus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ids of suspended accounts, held by every node in memory so that checking a request costs no
 * SQL. Loaded at start-up, reloaded when any node suspends or reinstates an account (the bus signal
 * comes after commit); a node that missed the signal reloads within a minute, on a background
 * thread (never inside a request, whose SQL is counted).
 */
@ApplicationScoped
public class SuspendedAccounts {
  static final String CHANGED = "accounts.suspended";

  @PersistenceUnit(unitName = "shutterport")
  EntityManagerFactory factory;

  @Inject ClusterBus bus;

  @jakarta.annotation.Resource
  jakarta.enterprise.concurrent.ManagedScheduledExecutorService scheduler;

  private volatile Set<String> ids;

  @PostConstruct
  void listen() {
    bus.subscribe(CHANGED, m -> reload());
    scheduler.scheduleWithFixedDelay(
        this::reloadQuietly, 60, 60, java.util.concurrent.TimeUnit.SECONDS);
  }

  public boolean contains(String userId) {
    return all().contains(userId);
  }

  /** Every suspended account's id. */
  public Set<String> all() {
    Set<String> current = ids;
    return current != null ? current : reload();
  }

  private void reloadQuietly() {
    try {
      reload();
    } catch (RuntimeException e) {
      java.util.logging.Logger.getLogger(SuspendedAccounts.class.getName())
          .warning("Suspended accounts not reloaded: " + e);
    }
  }

  /** Reads the set afresh (at start-up, and when an account changed). */
  public synchronized Set<String> reload() {
    EntityManager em = factory.createEntityManager();
    try {
      ids =
          em.createQuery("SELECT s FROM AccountSuspension s", AccountSuspension.class)
              .getResultStream()
              .map(AccountSuspension::userId)
              .collect(Collectors.toUnmodifiableSet());
      return ids;
    } finally {
      em.close();
    }
  }

  void changed() {
    bus.publish(CHANGED, "");
  }
}
