package io.shutterport.booking.infrastructure;

import io.shutterport.booking.domain.Booking;
import io.shutterport.booking.domain.BookingStatus;
import io.shutterport.booking.domain.CalendarHold;
import io.shutterport.booking.domain.SlotTakenException;
import io.shutterport.platform.persistence.Db;
import io.shutterport.platform.persistence.ReadSql;
import io.shutterport.platform.persistence.SqlStates;
import io.shutterport.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Bookings of the current tenant. */
@ApplicationScoped
public class BookingRepository {
  @Inject Db db;
  @Inject ReadSql reads;
  @Inject io.shutterport.platform.persistence.Database database;
  @Inject TenantContext tenant;

  public Optional<Booking> byId(String id) {
    return Optional.ofNullable(db.em().find(Booking.class, id));
  }

  /** Reads the booking afresh and keeps its row locked until the transaction ends. */
  public void lock(Booking booking) {
    db.em().refresh(booking, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
  }

  public void add(Booking booking) {
    db.insert(booking);
  }

  /** Whether any hold of the photographer overlaps [from, to). */
  public boolean overlaps(String photographerId, Instant from, Instant to) {
    return !db.em()
        .createQuery(
            "SELECT h.startsAt FROM CalendarHold h WHERE h.photographerId = :p"
                + " AND h.startsAt < :to AND h.endsAt > :from",
            Instant.class)
        .setParameter("p", photographerId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Keeps time in the photographer's calendar. The caller holds the calendar's lock ({@code
   * CatalogService.lockCalendar}), so holds of one photographer are made one after another: on H2
   * the overlap check then sees every committed hold; on PostgreSQL the exclusion constraint
   * decides (without a query of its own).
   */
  public void hold(CalendarHold hold, String photographerId) {
    if (!database.isPostgres() && overlaps(photographerId, hold.startsAt(), hold.endsAt())) {
      throw new SlotTakenException();
    }
    try {
      db.insert(hold);
    } catch (PersistenceException e) {
      if (SqlStates.has(e, SqlStates.EXCLUSION_VIOLATION)) {
        throw new SlotTakenException();
      }
      throw e;
    }
  }

  /** Whether time this booking holds overlaps time another booking of its photographer holds. */
  public boolean heldTimeOverlapsAnother(String bookingId) {
    return !db.em()
        .createQuery(
            "SELECT o.id FROM CalendarHold h, CalendarHold o WHERE h.bookingId = :b"
                + " AND o.photographerId = h.photographerId AND o.bookingId <> :b"
                + " AND o.startsAt < h.endsAt AND o.endsAt > h.startsAt",
            String.class)
        .setParameter("b", bookingId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The holds of a photographer that touch [from, to). */
  public List<CalendarHold> holdsOf(String photographerId, Instant from, Instant to) {
    return db.em()
        .createQuery(
            "SELECT h FROM CalendarHold h WHERE h.photographerId = :p"
                + " AND h.startsAt < :to AND h.endsAt > :from ORDER BY h.startsAt",
            CalendarHold.class)
        .setParameter("p", photographerId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** The time a hold takes in a photographer's calendar. */
  public record HoldTime(String photographerId, Instant start, Instant end) {}

  /**
   * What several photographers' holds take between two instants: one plain SQL read (search asks
   * this for every candidate list, and building entities would cost more than the query).
   */
  public List<HoldTime> holdTimes(
      java.util.Collection<String> photographerIds, Instant from, Instant to) {
    List<Object> parameters = new java.util.ArrayList<>();
    parameters.add(tenant.require());
    parameters.addAll(ReadSql.padded(photographerIds));
    parameters.add(to);
    parameters.add(from);
    return reads.list(
        "SELECT photographer_id, starts_at, ends_at FROM calendar_hold WHERE tenant_id = ?"
            + " AND photographer_id IN ("
            + ReadSql.placeholders(photographerIds.size())
            + ") AND starts_at < ? AND ends_at > ?",
        parameters,
        r -> new HoldTime(r.text(1), r.instant(2), r.instant(3)));
  }

  /** Bookings requested, or shooting, in [from, to) (the operator's dashboard). */
  public List<Booking> requestedOrShooting(Instant from, Instant to) {
    return db.em()
        .createQuery(
            "SELECT b FROM Booking b WHERE (b.createdAt >= :from AND b.createdAt < :to)"
                + " OR (b.startsAt >= :from AND b.startsAt < :to)",
            Booking.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** A photographer's bookings that hold time and end after {@code from}. */
  public List<Booking> holdingOf(String photographerId, Instant from, int limit) {
    return db.em()
        .createQuery(
            "SELECT b FROM Booking b WHERE b.photographerId = :p AND b.status IN :s"
                + " AND b.endsAt > :from ORDER BY b.startsAt",
            Booking.class)
        .setParameter("p", photographerId)
        .setParameter("s", List.copyOf(BookingStatus.HOLDING))
        .setParameter("from", from)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Gives back the time a booking held, of the given kinds. */
  public void release(String bookingId, CalendarHold.Kind... kinds) {
    for (CalendarHold.Kind kind : kinds) {
      db.em()
          .createQuery("DELETE FROM CalendarHold h WHERE h.bookingId = :b AND h.kind = :k")
          .setParameter("b", bookingId)
          .setParameter("k", kind.name())
          .executeUpdate();
    }
  }

  public List<Booking> ofUser(String userId, int limit) {
    return db.em()
        .createQuery(
            "SELECT b FROM Booking b WHERE b.customerId = :u OR b.photographerId = :u"
                + " ORDER BY b.startsAt DESC",
            Booking.class)
        .setParameter("u", userId)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Booking> withStatus(BookingStatus status, int limit) {
    return db.em()
        .createQuery(
            "SELECT b FROM Booking b WHERE b.status = :s ORDER BY b.createdAt DESC", Booking.class)
        .setParameter("s", status)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Booking> recent(int limit) {
    return db.em()
        .createQuery("SELECT b FROM Booking b ORDER BY b.createdAt DESC", Booking.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** One page of bookings filtered and ordered as the operator's records ask. */
  public List<Booking> records(
      io.shutterport.platform.persistence.RecordsQuery query, RecordsFilter filter) {
    return filtered(query, filter).page(db.em(), Booking.class, query);
  }

  /** How many bookings the records' filters keep (the page and order do not matter). */
  public long countRecords(
      io.shutterport.platform.persistence.RecordsQuery query, RecordsFilter filter) {
    return filtered(query, filter).count(db.em());
  }

  private static final java.util.Map<String, String> COLUMNS =
      java.util.Map.of(
          "reference", "b.reference",
          "status", "b.status",
          "when", "b.startsAt",
          "price", "b.priceMinor");

  /** The records' filters as one WHERE for the page and the count. */
  private static io.shutterport.platform.persistence.Records filtered(
      io.shutterport.platform.persistence.RecordsQuery query, RecordsFilter filter) {
    return io.shutterport.platform.persistence.Records.of("Booking", "b", COLUMNS, "b.createdAt")
        .containing("b.reference", query.filter("reference"))
        .equal("b.status", filter.status())
        .in("b.customerId", filter.customerIds(), true)
        .in("b.photographerId", filter.photographerIds(), true);
  }

  /**
   * The records' filters the database applies: a state, and the accounts a name filter matched
   * (null: anyone; empty: nobody).
   *
   * @param status only this state, or null
   * @param customerIds only these customers, or null
   * @param photographerIds only these photographers, or null
   */
  public record RecordsFilter(
      BookingStatus status,
      java.util.Collection<String> customerIds,
      java.util.Collection<String> photographerIds) {}

  /** The ids of up to {@code limit} bookings whose reference contains {@code text}. */
  public List<String> idsWithReference(String text, int limit) {
    return db.em()
        .createQuery(
            "SELECT b.id FROM Booking b WHERE UPPER(b.reference) LIKE :reference ESCAPE '\\'",
            String.class)
        .setParameter("reference", io.shutterport.platform.persistence.Like.containing(text))
        .setMaxResults(limit)
        .getResultList();
  }

  /** The bookings with an open dispute, newest dispute first. */
  public List<Booking> disputed(int limit) {
    return db.em()
        .createQuery(
            "SELECT b FROM Booking b WHERE b.disputedAt IS NOT NULL ORDER BY b.disputedAt DESC",
            Booking.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The bookings with these ids, in one query (ids of other tenants find nothing). */
  public List<Booking> byIds(java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return db.em()
        .createQuery("SELECT b FROM Booking b WHERE b.id IN :ids", Booking.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }
}
