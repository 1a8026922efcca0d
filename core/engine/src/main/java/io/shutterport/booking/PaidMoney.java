package io.shutterport.booking;

import io.shutterport.spi.Money;

/**
 * What the payment feature knows of a booking's money, asked when a cancellation is computed. The
 * booking feature declares it; the payment feature (which depends on bookings) answers it.
 */
public interface PaidMoney {
  /**
   * The part of the booking's captured payment that came from outside (through the payment
   * provider), not from credit; zero when nothing was captured.
   */
  Money paidIn(String bookingId, Money price);

  /**
   * How much more credit the platform may fund for the customer (compensation, bonus) before their
   * balance reaches the cap; never negative.
   */
  Money creditRoom(String customerId, String currency);
}
