package io.shutterport.notification.infrastructure;

import io.shutterport.platform.jobs.Retention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Sent mails leave the outbox once they are older than the retention: the outbox is a queue and a
 * short record for the developer outbox and support, not an archive. Unsent mails always stay. Runs
 * across tenants, so it is plain SQL (the entity is filtered per tenant).
 */
@ApplicationScoped
public class SentMailRetention implements Retention {
  @PersistenceUnit(unitName = "shutterport")
  EntityManagerFactory factory;

  @Override
  public String what() {
    return "sent mails";
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int pruneBefore(Instant before) {
    EntityManager em = factory.createEntityManager();
    try {
      em.joinTransaction();
      return em.createNativeQuery(
              "DELETE FROM mail_outbox WHERE sent_at IS NOT NULL AND sent_at < ?1")
          .setParameter(1, before.atOffset(ZoneOffset.UTC))
          .executeUpdate();
    } finally {
      em.close();
    }
  }
}
