package io.shutterport.booking;

import java.util.List;

/**
 * One page of the marketplace's bookings as the operator's records table asks for it.
 *
 * @param first the first row's position in the whole filtered list (from 0)
 * @param size how many rows, 1 to {@link #MAX_SIZE}
 * @param sort the order
 * @param ascending whether the order runs upwards
 * @param reference only references that contain this text (case-blind); null for any
 * @param status only this state's name; null for any
 * @param customerName only customers whose public name contains this; null for any
 * @param photographerName only photographers whose public name contains this; null for any
 */
public record BookingQuery(
    int first,
    int size,
    Sort sort,
    boolean ascending,
    String reference,
    String status,
    String customerName,
    String photographerName) {
  /** The most rows one page may ask for (a CSV export reads page after page). */
  public static final int MAX_SIZE = 500;

  /** The names of every state a booking can be in, in the order of its life. */
  public static final List<String> STATES =
      java.util.Arrays.stream(io.shutterport.booking.domain.BookingStatus.values())
          .map(Enum::name)
          .toList();

  /** What the rows may be ordered by. */
  public enum Sort {
    CREATED,
    REFERENCE,
    STATUS,
    STARTS_AT,
    PRICE
  }
}
