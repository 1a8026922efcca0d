/** The booking aggregate and its states. */
package io.shutterport.booking.domain;
