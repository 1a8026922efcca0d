package io.shutterport.booking;

/** Who asks for a transition. */
public enum Actor {
  CUSTOMER,
  PHOTOGRAPHER,
  OPERATOR,
  SYSTEM
}
