/** Bookings, their payment and conversation: API and pages. */
package io.shutterport.web.booking;
