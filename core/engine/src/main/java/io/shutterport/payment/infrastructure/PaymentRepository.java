package io.shutterport.payment.infrastructure;

import io.shutterport.payment.domain.CreditAccount;
import io.shutterport.payment.domain.LedgerEntry;
import io.shutterport.payment.domain.Payment;
import io.shutterport.platform.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
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

  /** Reads a payment afresh (another transaction may have changed it while this one waited). */
  public void refresh(Payment payment) {
    db.em().refresh(payment);
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

  public List<Payment> recent(int limit) {
    return db.em()
        .createQuery("SELECT p FROM Payment p ORDER BY p.createdAt DESC, p.id", Payment.class)
        .setMaxResults(limit)
        .getResultList();
  }

  private static final java.util.Map<String, String> COLUMNS =
      java.util.Map.of(
          "provider", "p.providerId",
          "status", "p.status",
          "amount", "p.amountMinor",
          "created", "p.createdAt");

  /**
   * One page of the tenant's payments as the records' table asks: provider contains, a status, the
   * booking's price or a tip ({@code tip}: null for both), of these bookings (null: any).
   */
  public List<Payment> records(
      io.shutterport.platform.persistence.RecordsQuery query,
      String status,
      Boolean tip,
      java.util.Collection<String> bookingIds) {
    return filtered(query, status, tip, bookingIds).page(db.em(), Payment.class, query);
  }

  /** How many payments {@link #records}' filters keep. */
  public long countRecords(
      io.shutterport.platform.persistence.RecordsQuery query,
      String status,
      Boolean tip,
      java.util.Collection<String> bookingIds) {
    return filtered(query, status, tip, bookingIds).count(db.em());
  }

  private static io.shutterport.platform.persistence.Records filtered(
      io.shutterport.platform.persistence.RecordsQuery query,
      String status,
      Boolean tip,
      java.util.Collection<String> bookingIds) {
    return io.shutterport.platform.persistence.Records.of("Payment", "p", COLUMNS, "p.createdAt")
        .containing("p.providerId", query.filter("provider"))
        .equal("p.status", status)
        .equal("p.purpose", tip == null ? null : tip ? "TIP" : "BOOKING")
        .in("p.bookingId", bookingIds, true);
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

  /** A customer's credit balances, one per currency that ever had credit. */
  public List<CreditAccount> creditsOf(String customerId) {
    return db.em()
        .createQuery(
            "SELECT c FROM CreditAccount c WHERE c.customerId = :c ORDER BY c.currency",
            CreditAccount.class)
        .setParameter("c", customerId)
        .getResultList();
  }

  /** The credit a customer has in a currency, read afresh from the database. */
  public long creditOf(String customerId, String currency) {
    return db.em()
        .createQuery(
            "SELECT c.balanceMinor FROM CreditAccount c WHERE c.customerId = :c"
                + " AND c.currency = :cur",
            Long.class)
        .setParameter("c", customerId)
        .setParameter("cur", currency)
        .getResultStream()
        .findFirst()
        .orElse(0L);
  }

  /**
   * Takes credit if the balance still covers it. The condition sits in the UPDATE itself: a
   * concurrent spender waits for the row and then finds the balance changed.
   *
   * @return false when the balance no longer covers the amount
   */
  public boolean spendCredit(String customerId, String currency, long minor) {
    return db.em()
            .createQuery(
                "UPDATE CreditAccount c SET c.balanceMinor = c.balanceMinor - :m, c.updatedAt = :t"
                    + " WHERE c.customerId = :c AND c.currency = :cur AND c.balanceMinor >= :m")
            .setParameter("m", minor)
            .setParameter("t", Instant.now())
            .setParameter("c", customerId)
            .setParameter("cur", currency)
            .executeUpdate()
        == 1;
  }

  /** Adds credit, opening the customer's account in that currency on first use. */
  public void grantCredit(String customerId, String currency, long minor) {
    int updated =
        db.em()
            .createQuery(
                "UPDATE CreditAccount c SET c.balanceMinor = c.balanceMinor + :m,"
                    + " c.updatedAt = :t WHERE c.customerId = :c AND c.currency = :cur")
            .setParameter("m", minor)
            .setParameter("t", Instant.now())
            .setParameter("c", customerId)
            .setParameter("cur", currency)
            .executeUpdate();
    if (updated == 0) {
      db.em().persist(new CreditAccount(customerId, currency, minor));
      db.em().flush();
    }
  }

  /** Payout and held amounts per photographer and currency for entries in [from, to). */
  public List<io.shutterport.payment.PayoutLine> payoutTotals(
      java.time.Instant from, java.time.Instant to) {
    return db.em()
        .createQuery(
            "SELECT e.partyId, e.currency,"
                + " SUM(CASE WHEN e.kind = 'PAYOUT' THEN e.amountMinor ELSE 0 END),"
                + " SUM(CASE WHEN e.kind = 'PAYOUT_HELD' THEN e.amountMinor ELSE 0 END),"
                + " COUNT(DISTINCT e.bookingId)"
                + " FROM LedgerEntry e"
                + " WHERE e.kind IN ('PAYOUT', 'PAYOUT_HELD')"
                + " AND e.createdAt >= :from AND e.createdAt < :to"
                + " GROUP BY e.partyId, e.currency",
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(
            r ->
                new io.shutterport.payment.PayoutLine(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue()))
        .toList();
  }

  /** One ledger entry as figures read it: kind, amount, currency, booking and time. */
  public record PayoutEntry(
      String kind, long amountMinor, String currency, String bookingId, java.time.Instant at) {}

  /** A party's payout entries (released and held) between two instants, oldest first. */
  public List<PayoutEntry> payoutEntriesOf(
      String partyId, java.time.Instant from, java.time.Instant to) {
    return db.em()
        .createQuery(
            "SELECT e.kind, e.amountMinor, e.currency, e.bookingId, e.createdAt FROM LedgerEntry e"
                + " WHERE e.partyId = :p AND e.kind IN ('PAYOUT', 'PAYOUT_HELD')"
                + " AND e.createdAt >= :from AND e.createdAt < :to ORDER BY e.createdAt",
            Object[].class)
        .setParameter("p", partyId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(PaymentRepository::entry)
        .toList();
  }

  /** Charges (money customers paid in) since an instant: amount, currency and time. */
  public List<PayoutEntry> chargesSince(java.time.Instant from) {
    return db.em()
        .createQuery(
            "SELECT e.kind, e.amountMinor, e.currency, e.bookingId, e.createdAt FROM LedgerEntry e"
                + " WHERE e.kind = 'CHARGE' AND e.createdAt >= :from",
            Object[].class)
        .setParameter("from", from)
        .getResultStream()
        .map(PaymentRepository::entry)
        .toList();
  }

  /** A row of {@code kind, amountMinor, currency, bookingId, createdAt}. */
  private static PayoutEntry entry(Object[] r) {
    return new PayoutEntry(
        (String) r[0],
        ((Number) r[1]).longValue(),
        (String) r[2],
        (String) r[3],
        (java.time.Instant) r[4]);
  }
}
