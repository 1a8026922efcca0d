package io.shutterport.booking;

/** The things that move a booking on. */
public enum Transition {
  ACCEPT,
  DECLINE,
  EXPIRE,
  CANCEL,
  PAY,
  DELIVER,
  COMPLETE
}
