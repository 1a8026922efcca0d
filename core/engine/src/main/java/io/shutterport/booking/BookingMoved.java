package io.shutterport.booking;

/**
 * Fired (synchronously, inside the transaction) each time a booking moves; other features react in
 * the same transaction, so a failure in them undoes the move.
 *
 * @param bookingId the booking
 * @param from the state it left
 * @param to the state it entered (the same for reschedules)
 * @param transition what happened
 * @param actor who did it
 * @param cancellation what a cancellation of a paid booking moves; null otherwise
 */
public record BookingMoved(
    String bookingId,
    String from,
    String to,
    Transition transition,
    Actor actor,
    CancellationPolicy.Outcome cancellation) {}
