package io.shutterport.booking.domain;

import io.shutterport.platform.error.ShutterportException;

/** The booking's state or the caller's role does not allow this step. */
public class TransitionNotAllowedException extends ShutterportException {
  public TransitionNotAllowedException(String transition, String status) {
    super("error.transitionNotAllowed", transition, status);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
