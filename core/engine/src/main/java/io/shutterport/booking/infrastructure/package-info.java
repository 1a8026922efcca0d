/** JPA access to bookings. */
package io.shutterport.booking.infrastructure;
