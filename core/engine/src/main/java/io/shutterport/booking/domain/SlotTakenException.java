package io.shutterport.booking.domain;

import io.shutterport.platform.error.ShutterportException;

/** The photographer already has a booking at (or too close to) that time. */
public class SlotTakenException extends ShutterportException {
  public SlotTakenException() {
    super("booking.slotTaken");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
