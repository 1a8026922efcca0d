package io.shutterport.gallery.domain;

import io.shutterport.platform.error.ShutterportException;

/** Photos can be delivered only once the booking is paid. */
public class GalleryClosedException extends ShutterportException {
  public GalleryClosedException() {
    super("error.galleryClosed");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
