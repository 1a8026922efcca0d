package io.shutterport.web.booking;

import io.shutterport.booking.BookingView;

/**
 * A booking with the names the pages show.
 *
 * @param booking the booking
 * @param customerName the customer's public name
 * @param photographerName the photographer's public name
 */
public record BookingRow(BookingView booking, String customerName, String photographerName) {}
