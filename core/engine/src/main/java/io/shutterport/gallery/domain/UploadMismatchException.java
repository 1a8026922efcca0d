package io.shutterport.gallery.domain;

import io.shutterport.platform.error.ShutterportException;

/**
 * The bytes that arrived in storage are not the ones announced (length or SHA-256): nothing is
 * kept, and the upload can be repeated.
 */
public class UploadMismatchException extends ShutterportException {
  public UploadMismatchException() {
    super("error.uploadMismatch");
  }

  @Override
  public Kind kind() {
    return Kind.INVALID;
  }
}
