package io.shutterport.payment;

import io.shutterport.platform.error.ShutterportException;

/** The booking or payment is not in a state that can be paid or confirmed. */
public class PaymentNotPayableException extends ShutterportException {
  public PaymentNotPayableException() {
    super("error.notPayable");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
