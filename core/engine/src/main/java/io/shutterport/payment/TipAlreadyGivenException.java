package io.shutterport.payment;

import io.shutterport.platform.error.ShutterportException;

/** See the message key {@code payment.tipAlreadyGiven}. */
public class TipAlreadyGivenException extends ShutterportException {
  public TipAlreadyGivenException() {
    super("payment.tipAlreadyGiven");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
