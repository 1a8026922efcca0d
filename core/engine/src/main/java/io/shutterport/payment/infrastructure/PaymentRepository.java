package io.shutterport.payment.infrastructure;

import io.shutterport.payment.domain.LedgerEntry;
import io.shutterport.payment.domain.Payment;
import io.shutterport.platform.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Payments and ledger entries of the current tenant. */
@ApplicationScoped
public class PaymentRepository {
  @Inject Db db;

  public Optional<Payment> byId(String id) {
    return Optional.ofNullable(db.em().find(Payment.class, id));
  }

  public Optional<Payment> byKey(String idempotencyKey) {
    return db.em()
        .createQuery("SELECT p FROM Payment p WHERE p.idempotencyKey = :k", Payment.class)
        .setParameter("k", idempotencyKey)
        .getResultStream()
        .findFirst();
  }

  public Optional<Payment> ofBooking(String bookingId) {
    return db.em()
        .createQuery(
            "SELECT p FROM Payment p WHERE p.bookingId = :b AND p.purpose = 'BOOKING'"
                + " ORDER BY p.createdAt DESC",
            Payment.class)
        .setParameter("b", bookingId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public List<Payment> awaitingOffline(int limit) {
    return db.em()
        .createQuery(
            "SELECT p FROM Payment p WHERE p.status = 'AWAITING_OFFLINE_PAYMENT'"
                + " ORDER BY p.createdAt",
            Payment.class)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<LedgerEntry> ledgerOf(String bookingId) {
    return db.em()
        .createQuery(
            "SELECT e FROM LedgerEntry e WHERE e.bookingId = :b ORDER BY e.createdAt, e.kind",
            LedgerEntry.class)
        .setParameter("b", bookingId)
        .getResultList();
  }

  public Optional<Payment> byProviderId(String providerId, String providerPaymentId) {
    return db.em()
        .createQuery(
            "SELECT p FROM Payment p WHERE p.providerId = :pr AND p.providerPaymentId = :id",
            Payment.class)
        .setParameter("pr", providerId)
        .setParameter("id", providerPaymentId)
        .getResultStream()
        .findFirst();
  }

  /** Records a provider event; throws when it was recorded before (or concurrently). */
  public boolean seen(String tenantId, String providerId, String eventId) {
    return db.platformEm()
            .find(
                io.shutterport.payment.domain.WebhookEvent.class,
                new io.shutterport.payment.domain.WebhookEvent.Key(tenantId, providerId, eventId))
        != null;
  }

  public void record(io.shutterport.payment.domain.WebhookEvent event) {
    db.platformEm().persist(event);
    db.platformEm().flush();
  }

  /** The captured payment of a booking, if any. */
  public Optional<Payment> capturedOf(String bookingId) {
    return db.em()
        .createQuery(
            "SELECT p FROM Payment p WHERE p.bookingId = :b AND p.status = 'CAPTURED'"
                + " AND p.purpose = 'BOOKING'",
            Payment.class)
        .setParameter("b", bookingId)
        .getResultStream()
        .findFirst();
  }

  public void add(Object row) {
    db.insert(row);
  }

  public void flush() {
    db.em().flush();
  }
}
