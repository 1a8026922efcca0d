package io.shutterport.notification.infrastructure;

import io.shutterport.platform.telemetry.Gauge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;

/**
 * The mail outbox's backlog as a gauge: mails queued and not yet sent, across tenants (plain SQL,
 * as the entity is filtered per tenant). A growing backlog means the relay refuses or is slow.
 */
@ApplicationScoped
public class MailBacklog {
  @PersistenceUnit(unitName = "shutterport")
  EntityManagerFactory factory;

  @Produces
  Gauge backlog(MailBacklog self) {
    return Gauge.of(
        "shutterport.mail.outbox.backlog", "Mails queued and not yet sent", "{mail}", self::unsent);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long unsent() {
    EntityManager em = factory.createEntityManager();
    try {
      em.joinTransaction();
      return ((Number)
              em.createNativeQuery("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")
                  // Native reads are refused by default where entities are multitenant.
                  .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                  .getSingleResult())
          .longValue();
    } finally {
      em.close();
    }
  }
}
