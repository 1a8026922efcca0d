package io.shutterport.booking;

/**
 * Fired (synchronously, inside the transaction) when a booking is created: a request, an inquiry,
 * or an accepted proposal.
 *
 * @param bookingId the booking
 * @param status the state it starts in
 */
public record BookingOpened(String bookingId, String status) {}
