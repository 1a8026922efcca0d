package io.shutterport.catalog.infrastructure;

import io.shutterport.catalog.domain.AvailabilityException;
import io.shutterport.catalog.domain.AvailabilityRule;
import io.shutterport.catalog.domain.PhotographerProfile;
import io.shutterport.catalog.domain.Plan;
import io.shutterport.catalog.domain.SearchListing;
import io.shutterport.platform.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Profiles and plans of the current tenant. */
@ApplicationScoped
public class CatalogRepository {
  @Inject Db db;

  @jakarta.annotation.Resource jakarta.transaction.TransactionSynchronizationRegistry transactions;
  @Inject io.shutterport.platform.persistence.ReadSql reads;

  public Optional<PhotographerProfile> profile(String id) {
    return Optional.ofNullable(db.em().find(PhotographerProfile.class, id));
  }

  public List<PhotographerProfile> profiles(java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return db.em()
        .createQuery(
            "SELECT p FROM PhotographerProfile p WHERE p.id IN :ids", PhotographerProfile.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public void add(PhotographerProfile profile) {
    db.insert(profile);
  }

  public void add(Plan plan) {
    db.insert(plan);
  }

  public List<AvailabilityRule> rulesOf(String photographerId) {
    return db.em()
        .createQuery(
            "SELECT r FROM AvailabilityRule r WHERE r.photographerId = :p"
                + " ORDER BY r.weekday, r.startMinute",
            AvailabilityRule.class)
        .setParameter("p", photographerId)
        .getResultList();
  }

  /** Exceptions of a photographer between two dates, inclusive. */
  public List<AvailabilityException> exceptionsOf(
      String photographerId, LocalDate first, LocalDate last) {
    return db.em()
        .createQuery(
            "SELECT e FROM AvailabilityException e WHERE e.photographerId = :p"
                + " AND e.date BETWEEN :first AND :last ORDER BY e.date, e.startMinute",
            AvailabilityException.class)
        .setParameter("p", photographerId)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList();
  }

  /** Replaces all weekly rules, and the exceptions from {@code from} on. */
  public void replaceAvailability(
      String photographerId,
      List<AvailabilityRule> rules,
      LocalDate from,
      List<AvailabilityException> exceptions) {
    db.em()
        .createQuery("DELETE FROM AvailabilityRule r WHERE r.photographerId = :p")
        .setParameter("p", photographerId)
        .executeUpdate();
    db.em()
        .createQuery(
            "DELETE FROM AvailabilityException e WHERE e.photographerId = :p AND e.date >= :d")
        .setParameter("p", photographerId)
        .setParameter("d", from)
        .executeUpdate();
    rules.forEach(db.em()::persist);
    exceptions.forEach(db.em()::persist);
    db.em().flush();
  }

  /** Photographers waiting for approval, oldest first. */
  public List<PhotographerProfile> pending(int limit) {
    return db.em()
        .createQuery(
            "SELECT p FROM PhotographerProfile p WHERE p.approval = 'PENDING' ORDER BY p.createdAt",
            PhotographerProfile.class)
        .setMaxResults(limit)
        .getResultList();
  }

  public Optional<PhotographerProfile> byCalendarToken(String token) {
    return db.em()
        .createQuery(
            "SELECT p FROM PhotographerProfile p WHERE p.calendarToken = :t",
            PhotographerProfile.class)
        .setParameter("t", token)
        .getResultStream()
        .findFirst();
  }

  /** Rewrites a photographer's search listings from their profile and plans. */
  public void relist(PhotographerProfile profile) {
    db.em()
        .createQuery("DELETE FROM SearchListing l WHERE l.photographerId = :p")
        .setParameter("p", profile.id())
        .executeUpdate();
    // Stored free time is read by prefecture (decision 107): it moves with the profile.
    db.execute(
        "UPDATE search_day SET prefecture = ? WHERE photographer_id = ?"
            + " AND (prefecture IS NULL OR prefecture <> ?)",
        java.util.List.of(profile.prefecture(), profile.id(), profile.prefecture()));
    if (!profile.approved()) {
      db.em().flush();
      return; // not searchable until an operator approves
    }
    for (Plan plan : plansOf(profile.id())) {
      db.em().persist(new SearchListing(profile, plan));
    }
    db.em().flush();
  }

  /**
   * Locks the photographer's profile row until the transaction ends: every change to their calendar
   * takes this lock first, so changes to one calendar happen one after another on every database
   * (H2 has no exclusion constraint, and a check-then-insert races without it).
   *
   * @return whether the photographer exists in this tenant
   */
  public boolean lockCalendar(String photographerId) {
    String held = "calendar-lock:" + photographerId;
    if (transactions.getTransactionStatus() == jakarta.transaction.Status.STATUS_ACTIVE
        && transactions.getResource(held) != null) {
      return true; // this transaction holds it already: no second statement
    }
    boolean found =
        !db.em()
            .createQuery(
                "SELECT p FROM PhotographerProfile p WHERE p.id = :id", PhotographerProfile.class)
            .setParameter("id", photographerId)
            .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
            .getResultList()
            .isEmpty();
    if (found && transactions.getTransactionStatus() == jakarta.transaction.Status.STATUS_ACTIVE) {
      transactions.putResource(held, Boolean.TRUE);
    }
    return found;
  }

  /** Adds a review's stars to a photographer's rating, atomically. */
  public void countRating(String photographerId, int stars) {
    db.em()
        .createQuery(
            "UPDATE PhotographerProfile p SET p.ratingCount = p.ratingCount + 1,"
                + " p.ratingSum = p.ratingSum + :s WHERE p.id = :id")
        .setParameter("s", stars)
        .setParameter("id", photographerId)
        .executeUpdate();
  }

  /** Adds to a photographer's request figures, atomically. */
  public void countRequest(String photographerId, int received, int answered) {
    db.em()
        .createQuery(
            "UPDATE PhotographerProfile p SET p.requestsReceived = p.requestsReceived + :r,"
                + " p.requestsAnswered = p.requestsAnswered + :a WHERE p.id = :id")
        .setParameter("r", received)
        .setParameter("a", answered)
        .setParameter("id", photographerId)
        .executeUpdate();
  }

  /** Whether the tenant has any plan at all. */
  public boolean anyPlan() {
    return !db.em()
        .createQuery("SELECT p.id FROM Plan p", String.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public Optional<Plan> plan(String id) {
    return Optional.ofNullable(db.em().find(Plan.class, id));
  }

  /**
   * A plan whose photographer is approved, read with the photographer's profile in one statement;
   * both stay in the persistence context, so reading the profile again in the same transaction
   * costs nothing.
   */
  public Optional<Plan> approvedPlan(String planId) {
    return db
        .em()
        .createQuery(
            "SELECT pl, pr FROM Plan pl, PhotographerProfile pr"
                + " WHERE pl.id = :id AND pr.id = pl.photographerId",
            Object[].class)
        .setParameter("id", planId)
        .getResultList()
        .stream()
        .filter(row -> ((PhotographerProfile) row[1]).approved() && !((Plan) row[0]).retired())
        .map(row -> (Plan) row[0])
        .findFirst();
  }

  /**
   * A photographer's weekly windows and their exceptions between two dates, in one plain SQL
   * statement: {@code weekday} is set for windows, {@code date} for exceptions (whose window may be
   * null: closed all day).
   */
  public List<WindowRow> windowsOf(
      String tenantId, String photographerId, LocalDate first, LocalDate last) {
    return reads.list(
        "SELECT weekday, CAST(NULL AS DATE), start_minute, end_minute FROM availability_rule"
            + " WHERE tenant_id = ? AND photographer_id = ?"
            + " UNION ALL SELECT NULL, on_date, start_minute, end_minute FROM availability_exception"
            + " WHERE tenant_id = ? AND photographer_id = ? AND on_date BETWEEN ? AND ?",
        List.of(tenantId, photographerId, tenantId, photographerId, first, last),
        r ->
            new WindowRow(
                r.nullableInteger(1), r.date(2), r.nullableInteger(3), r.nullableInteger(4)));
  }

  /** One row of {@link #windowsOf}. */
  public record WindowRow(
      Integer weekday, LocalDate date, Integer startMinute, Integer endMinute) {}

  public List<Plan> plansOf(String photographerId) {
    return db.em()
        .createQuery(
            "SELECT p FROM Plan p WHERE p.photographerId = :id AND p.retiredAt IS NULL"
                + " ORDER BY p.priceMinor, p.id",
            Plan.class)
        .setParameter("id", photographerId)
        .getResultList();
  }

  /** Profiles with their matching plans in one query; null filters match everything. */
}
