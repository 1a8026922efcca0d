package io.shutterport.platform.error;

/** The caller is known but may not do this. */
public class ForbiddenException extends ShutterportException {
  public ForbiddenException() {
    super("error.forbidden");
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
