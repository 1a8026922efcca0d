package io.shutterport.platform.error;

/** A request body larger than the endpoint accepts; nothing of it was kept. */
public class TooLargeException extends ShutterportException {
  public TooLargeException() {
    super("error.tooLarge");
  }

  @Override
  public Kind kind() {
    return Kind.TOO_LARGE;
  }
}
