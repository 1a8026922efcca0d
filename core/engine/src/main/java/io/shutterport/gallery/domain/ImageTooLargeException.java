package io.shutterport.gallery.domain;

import io.shutterport.platform.error.ShutterportException;

/** The file or its declared pixel dimensions exceed the limits. */
public class ImageTooLargeException extends ShutterportException {
  public ImageTooLargeException() {
    super("error.imageTooLarge");
  }

  @Override
  public Kind kind() {
    return Kind.TOO_LARGE;
  }
}
