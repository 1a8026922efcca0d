package io.shutterport.gallery;

import java.time.LocalDate;

/**
 * Fired (inside the reminder job's transaction) when a gallery closes to downloads soon: the
 * customer is to be reminded.
 *
 * @param bookingId the booking
 * @param date the day it closes, in the marketplace's zone
 */
public record GalleryClosing(String bookingId, LocalDate date) {}
