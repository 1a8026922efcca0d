package io.shutterport.booking.domain;

import static io.shutterport.booking.Actor.CUSTOMER;
import static io.shutterport.booking.Actor.OPERATOR;
import static io.shutterport.booking.Actor.PHOTOGRAPHER;
import static io.shutterport.booking.Actor.SYSTEM;

import io.shutterport.booking.Actor;
import io.shutterport.booking.Transition;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The states of a booking and, for each, which transition by which actor leads where. Anything not
 * in this table is refused: steps cannot be skipped or replayed, and nobody acts for another party.
 *
 * <pre>
 * INQUIRY ⇄ OFFERED ⇄ COUNTERED ─┐
 * REQUESTED ─────────────────────┴→ ACCEPTED → PAID → CONFIRMED → SHOT → DELIVERED → COMPLETED
 *   ↘ DECLINED | EXPIRED | CANCELLED (no money moved)      ↘ REFUNDED (after payment, by policy)
 * </pre>
 */
public enum BookingStatus {
  INQUIRY,
  OFFERED,
  COUNTERED,
  REQUESTED,
  ACCEPTED,
  DECLINED,
  EXPIRED,
  PAID,
  CONFIRMED,
  SHOT,
  DELIVERED,
  COMPLETED,
  CANCELLED,
  REFUNDED;

  /** States that keep the photographer's time: they hold calendar slots. */
  public static final Set<BookingStatus> HOLDING = EnumSet.of(REQUESTED, ACCEPTED, PAID, CONFIRMED);

  /** States in which the photographer still owes the photos of a shoot that was paid for. */
  public static final Set<BookingStatus> OWING_PHOTOS = EnumSet.of(PAID, CONFIRMED, SHOT);

  /** States in which the shoot's time may still move (reschedule, backup date). */
  public static final Set<BookingStatus> MOVABLE = EnumSet.of(ACCEPTED, PAID, CONFIRMED);

  private record Edge(Transition transition, Set<Actor> actors, BookingStatus target) {}

  private static final Map<BookingStatus, List<Edge>> EDGES = new EnumMap<>(BookingStatus.class);

  static {
    from(INQUIRY)
        .to(OFFERED, Transition.OFFER, PHOTOGRAPHER)
        .to(DECLINED, Transition.DECLINE, PHOTOGRAPHER)
        .to(CANCELLED, Transition.CANCEL, CUSTOMER, OPERATOR)
        .to(EXPIRED, Transition.EXPIRE, SYSTEM);
    from(OFFERED)
        .to(ACCEPTED, Transition.ACCEPT, CUSTOMER)
        .to(COUNTERED, Transition.COUNTER, CUSTOMER)
        .to(DECLINED, Transition.DECLINE, CUSTOMER)
        .to(CANCELLED, Transition.CANCEL, PHOTOGRAPHER, OPERATOR)
        .to(EXPIRED, Transition.EXPIRE, SYSTEM);
    from(COUNTERED)
        .to(ACCEPTED, Transition.ACCEPT, PHOTOGRAPHER)
        .to(OFFERED, Transition.OFFER, PHOTOGRAPHER)
        .to(DECLINED, Transition.DECLINE, PHOTOGRAPHER)
        .to(CANCELLED, Transition.CANCEL, CUSTOMER, OPERATOR)
        .to(EXPIRED, Transition.EXPIRE, SYSTEM);
    from(REQUESTED)
        .to(ACCEPTED, Transition.ACCEPT, PHOTOGRAPHER, SYSTEM) // SYSTEM: an instant-book plan
        .to(DECLINED, Transition.DECLINE, PHOTOGRAPHER)
        .to(CANCELLED, Transition.CANCEL, CUSTOMER, OPERATOR)
        .to(EXPIRED, Transition.EXPIRE, SYSTEM);
    from(ACCEPTED)
        .to(PAID, Transition.PAY, SYSTEM)
        .to(CANCELLED, Transition.CANCEL, CUSTOMER, PHOTOGRAPHER, OPERATOR)
        .to(EXPIRED, Transition.EXPIRE, SYSTEM)
        .rescheduling();
    from(PAID)
        .to(CONFIRMED, Transition.CONFIRM, PHOTOGRAPHER, SYSTEM)
        .to(DELIVERED, Transition.DELIVER, PHOTOGRAPHER)
        .to(REFUNDED, Transition.CANCEL, CUSTOMER, PHOTOGRAPHER, OPERATOR)
        .rescheduling()
        .to(PAID, Transition.USE_BACKUP, CUSTOMER, PHOTOGRAPHER);
    from(CONFIRMED)
        .to(SHOT, Transition.SHOOT, PHOTOGRAPHER, SYSTEM)
        .to(DELIVERED, Transition.DELIVER, PHOTOGRAPHER)
        .to(REFUNDED, Transition.CANCEL, CUSTOMER, PHOTOGRAPHER, OPERATOR)
        .rescheduling()
        .to(CONFIRMED, Transition.USE_BACKUP, CUSTOMER, PHOTOGRAPHER);
    from(SHOT).to(DELIVERED, Transition.DELIVER, PHOTOGRAPHER);
    from(DELIVERED).to(COMPLETED, Transition.COMPLETE, CUSTOMER, SYSTEM);
  }

  /** Where {@code transition} by {@code actor} leads from this state, if it is allowed. */
  public Optional<BookingStatus> next(Transition transition, Actor actor) {
    return EDGES.getOrDefault(this, List.of()).stream()
        .filter(e -> e.transition() == transition && e.actors().contains(actor))
        .findFirst()
        .map(Edge::target);
  }

  /**
   * Transitions the system makes when something happens rather than when a time comes: a payment
   * arrives, a request for an instant-book plan is made.
   */
  private static final Set<Transition> ON_EVENT = EnumSet.of(Transition.PAY, Transition.ACCEPT);

  /** The transitions the system makes by itself from this state, each when its time comes. */
  public List<Transition> timedTransitions() {
    return EDGES.getOrDefault(this, List.of()).stream()
        .filter(e -> e.actors().contains(SYSTEM) && !ON_EVENT.contains(e.transition()))
        .map(Edge::transition)
        .toList();
  }

  /** Whether the booking has ended, one way or another. */
  public boolean terminal() {
    return EDGES.getOrDefault(this, List.of()).isEmpty();
  }

  private static Builder from(BookingStatus state) {
    return new Builder(state);
  }

  private record Builder(BookingStatus state) {
    Builder to(BookingStatus target, Transition transition, Actor... actors) {
      EDGES
          .computeIfAbsent(state, s -> new java.util.ArrayList<>())
          .add(new Edge(transition, EnumSet.copyOf(List.of(actors)), target));
      return this;
    }

    Builder rescheduling() {
      return to(state, Transition.ASK_RESCHEDULE, CUSTOMER, PHOTOGRAPHER)
          .to(state, Transition.APPROVE_RESCHEDULE, CUSTOMER, PHOTOGRAPHER)
          .to(state, Transition.REJECT_RESCHEDULE, CUSTOMER, PHOTOGRAPHER);
    }
  }
}
