package io.shutterport.platform.error;

/** The caller did this too often; they may try again after {@link #retryAfterSeconds()}. */
public class TooManyRequestsException extends ShutterportException {
  private final long retryAfterSeconds;

  /**
   * @param messageKey what was limited, as a localised message taking the seconds to wait
   * @param retryAfterSeconds when the caller may try again
   */
  public TooManyRequestsException(String messageKey, long retryAfterSeconds) {
    super(messageKey, retryAfterSeconds);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public Kind kind() {
    return Kind.TOO_MANY;
  }
}
