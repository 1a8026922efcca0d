package io.shutterport.booking.domain;

import io.shutterport.booking.Actor;
import io.shutterport.booking.Transition;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The states of a booking and, for each, which transition by which actor leads where. Anything not
 * in this table is refused.
 */
public enum BookingStatus {
  REQUESTED,
  ACCEPTED,
  DECLINED,
  EXPIRED,
  PAID,
  DELIVERED,
  COMPLETED,
  CANCELLED;

  private record Edge(Transition transition, Set<Actor> actors) {}

  private static final Map<BookingStatus, Set<Edge>> EDGES =
      Map.of(
          REQUESTED,
          Set.of(
              new Edge(Transition.ACCEPT, Set.of(Actor.PHOTOGRAPHER)),
              new Edge(Transition.DECLINE, Set.of(Actor.PHOTOGRAPHER)),
              new Edge(Transition.EXPIRE, Set.of(Actor.SYSTEM)),
              new Edge(Transition.CANCEL, Set.of(Actor.CUSTOMER, Actor.OPERATOR))),
          ACCEPTED,
          Set.of(
              new Edge(Transition.PAY, Set.of(Actor.SYSTEM)),
              new Edge(
                  Transition.CANCEL, Set.of(Actor.CUSTOMER, Actor.PHOTOGRAPHER, Actor.OPERATOR))),
          PAID,
          Set.of(new Edge(Transition.DELIVER, Set.of(Actor.PHOTOGRAPHER))),
          DELIVERED,
          Set.of(new Edge(Transition.COMPLETE, Set.of(Actor.CUSTOMER, Actor.SYSTEM))));

  private static final Map<Transition, BookingStatus> TARGETS =
      Map.of(
          Transition.ACCEPT, ACCEPTED,
          Transition.DECLINE, DECLINED,
          Transition.EXPIRE, EXPIRED,
          Transition.CANCEL, CANCELLED,
          Transition.PAY, PAID,
          Transition.DELIVER, DELIVERED,
          Transition.COMPLETE, COMPLETED);

  /** Where {@code transition} by {@code actor} leads from this state, if it is allowed. */
  public Optional<BookingStatus> next(Transition transition, Actor actor) {
    return EDGES.getOrDefault(this, Set.of()).stream()
        .filter(e -> e.transition() == transition && e.actors().contains(actor))
        .findFirst()
        .map(e -> TARGETS.get(transition));
  }
}
