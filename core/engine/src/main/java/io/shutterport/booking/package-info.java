/**
 * Bookings and their state machine: who may move a booking from which state to which. The
 * transition table lives in {@link io.shutterport.booking.domain.BookingStatus}.
 */
package io.shutterport.booking;
