package io.shutterport.payment;

import io.shutterport.platform.error.ShutterportException;

/** Another request is starting the same payment right now. */
public class PaymentAlreadyStartedException extends ShutterportException {
  public PaymentAlreadyStartedException() {
    super("error.paymentInProgress");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
