package io.shutterport.matching;

import io.shutterport.platform.error.ShutterportException;

/** おまかせ found nobody free at that time. */
public class NoPhotographerFreeException extends ShutterportException {
  public NoPhotographerFreeException() {
    super("matching.nobodyFree");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
