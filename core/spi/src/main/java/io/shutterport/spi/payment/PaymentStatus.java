package io.shutterport.spi.payment;

/** Where a payment stands after an operation. */
public enum PaymentStatus {
  /** Waiting for money that moves outside the system (bank transfer); see instructions. */
  AWAITING_OFFLINE_PAYMENT,
  /** The customer must act (3-D Secure, redirect). */
  REQUIRES_ACTION,
  AUTHORISED,
  CAPTURED,
  CANCELLED,
  DECLINED
}
