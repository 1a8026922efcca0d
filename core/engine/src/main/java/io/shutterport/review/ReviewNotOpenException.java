package io.shutterport.review;

import io.shutterport.platform.error.ShutterportException;

/** See the message key {@code review.notOpen}. */
public class ReviewNotOpenException extends ShutterportException {
  public ReviewNotOpenException() {
    super("review.notOpen");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
