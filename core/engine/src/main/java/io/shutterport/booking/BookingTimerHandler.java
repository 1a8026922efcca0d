package io.shutterport.booking;

import io.shutterport.platform.jobs.JobHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs timed transitions (expiry, confirmation, shoot, auto-acceptance). The job is persisted with
 * the step that set it, taken by one node, run at once when overdue after downtime, and does
 * nothing when the booking moved on first.
 */
@ApplicationScoped
public class BookingTimerHandler implements JobHandler {
  @Inject BookingService bookings;

  @Override
  public String kind() {
    return BookingService.TIMER;
  }

  @Override
  public void handle(String payload) {
    String[] parts = payload.split(" ");
    bookings.onTimer(parts[0], Transition.valueOf(parts[1]), parts[2]);
  }
}
