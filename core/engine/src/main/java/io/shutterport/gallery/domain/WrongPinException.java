package io.shutterport.gallery.domain;

import io.shutterport.platform.error.ShutterportException;

/** A guest's PIN does not open the shared gallery, or wrong PINs have locked it for a while. */
public class WrongPinException extends ShutterportException {
  /**
   * @param locked whether the link is locked after too many wrong PINs
   */
  public WrongPinException(boolean locked) {
    super(locked ? "error.galleryLocked" : "error.wrongPin");
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
