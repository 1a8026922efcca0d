package io.shutterport.gallery.domain;

import io.shutterport.platform.error.ShutterportException;

/** The customer asks for a download from a gallery past its date: it must be restored first. */
public class GalleryExpiredException extends ShutterportException {
  public GalleryExpiredException() {
    super("error.galleryExpired");
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
