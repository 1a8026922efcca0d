package io.shutterport.payment;

import io.shutterport.platform.error.ShutterportException;

/** See the message key {@code payment.tipNotOpen}. */
public class TipNotOpenException extends ShutterportException {
  public TipNotOpenException() {
    super("payment.tipNotOpen");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
