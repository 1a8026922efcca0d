package io.shutterport.booking.infrastructure;

import io.shutterport.booking.domain.Booking;
import io.shutterport.booking.domain.BookingStatus;
import io.shutterport.platform.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Bookings of the current tenant. */
@ApplicationScoped
public class BookingRepository {
  @Inject Db db;

  public Optional<Booking> byId(String id) {
    return Optional.ofNullable(db.em().find(Booking.class, id));
  }

  public void add(Booking booking) {
    db.insert(booking);
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
}
