package io.shutterport.booking;

/** The things that happen to a booking. Which actor may do which, in which state, is a table. */
public enum Transition {
  /** The photographer proposes terms for an inquiry, or answers a counter-offer. */
  OFFER,
  /** The customer proposes other terms for an offer. */
  COUNTER,
  ACCEPT,
  DECLINE,
  EXPIRE,
  CANCEL,
  PAY,
  /** The shoot's details are settled (the photographer, or the system a day before). */
  CONFIRM,
  /** The shoot took place (the photographer, or the system when its time is over). */
  SHOOT,
  DELIVER,
  /** The customer accepts the delivery (検収), or the system does after the tenant's delay. */
  COMPLETE,
  /** One party asks to move the shoot; the booking keeps its state. */
  ASK_RESCHEDULE,
  /** The other party agrees to the asked time. */
  APPROVE_RESCHEDULE,
  /** The other party refuses, or the asking party withdraws. */
  REJECT_RESCHEDULE,
  /** Rain: the shoot moves to the backup date (予備日) held with the booking. */
  USE_BACKUP
}
