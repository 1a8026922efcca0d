package io.shutterport.matching;

import io.shutterport.platform.error.ShutterportException;

/** See the message key {@code matching.alreadyProposed}. */
public class AlreadyProposedException extends ShutterportException {
  public AlreadyProposedException() {
    super("matching.alreadyProposed");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
