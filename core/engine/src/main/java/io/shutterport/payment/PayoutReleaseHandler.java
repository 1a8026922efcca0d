package io.shutterport.payment;

import io.shutterport.platform.jobs.JobHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Releases a booking's held funds to the photographer's payout when its delay has passed. */
@ApplicationScoped
public class PayoutReleaseHandler implements JobHandler {
  static final String KIND = "payout.release";

  @Inject PaymentService payments;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void handle(String bookingId) {
    payments.releasePayout(bookingId);
  }
}
