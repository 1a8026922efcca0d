package io.shutterport.activity;

/** What a notification is about; a user can turn e-mail off per topic. */
public enum Topic {
  /** A booking moved: requested, accepted, paid, delivered, cancelled… */
  BOOKING,
  /** Reminders: the shoot is tomorrow, a request is about to expire. */
  REMINDER,
  /** A new message while earlier ones are still unread is not mailed again. */
  MESSAGE
}
