package io.shutterport.gallery.domain;

import io.shutterport.platform.error.ShutterportException;

/**
 * The customer asks for originals before accepting the delivery (検収): until then they see
 * watermarked previews only.
 */
public class AcceptanceRequiredException extends ShutterportException {
  public AcceptanceRequiredException() {
    super("error.acceptDeliveryFirst");
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
