package io.shutterport.booking;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A photographer's own calendar between two dates, in their time zone: when they are open and what
 * their bookings hold.
 *
 * @param timeZone the photographer's IANA zone; every time here is local to it
 * @param open the open hours (weekly windows with the exceptions applied)
 * @param entries the shoots and backup dates bookings hold, earliest first
 */
public record StudioCalendar(String timeZone, List<Open> open, List<Entry> entries) {

  /** A stretch of open hours. */
  public record Open(LocalDateTime start, LocalDateTime end) {}

  /**
   * Time a booking holds.
   *
   * @param bookingId the booking
   * @param reference the booking's reference, as the customer and the photographer see it
   * @param status the booking's state; {@code REQUESTED} is tentative (the photographer has not
   *     answered)
   * @param backup whether this is the backup date rather than the shoot
   * @param start local start
   * @param end local end
   */
  public record Entry(
      String bookingId,
      String reference,
      String status,
      boolean backup,
      LocalDateTime start,
      LocalDateTime end) {

    /** Whether the photographer has yet to answer the request. */
    public boolean tentative() {
      return "REQUESTED".equals(status);
    }
  }
}
