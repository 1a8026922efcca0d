package io.shutterport.gallery.domain;

import io.shutterport.platform.error.ShutterportException;

/** The upload is not a JPEG or PNG we can read (checked by content, not by name). */
public class UnsupportedImageException extends ShutterportException {
  public UnsupportedImageException() {
    super("error.unsupportedImage");
  }

  @Override
  public Kind kind() {
    return Kind.UNSUPPORTED_MEDIA;
  }
}
