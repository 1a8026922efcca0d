package io.shutterport.review;

import io.shutterport.platform.error.ShutterportException;

/** See the message key {@code review.already}. */
public class AlreadyReviewedException extends ShutterportException {
  public AlreadyReviewedException() {
    super("review.already");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
