package io.shutterport.gallery.domain;

import io.shutterport.platform.error.ShutterportException;

/** The tenant's storage cannot take uploads straight from the browser; upload through the API. */
public class DirectUploadUnsupportedException extends ShutterportException {
  public DirectUploadUnsupportedException() {
    super("error.directUploadUnsupported");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
