package io.shutterport.matching;

import io.shutterport.platform.error.ShutterportException;

/** See the message key {@code matching.requestClosed}. */
public class RequestClosedException extends ShutterportException {
  public RequestClosedException() {
    super("matching.requestClosed");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
