package io.shutterport.platform.error;

/** The thing asked for does not exist for this caller (or belongs to someone else). */
public class NotFoundException extends ShutterportException {
  public NotFoundException(String what) {
    super("error.notFound", what);
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
