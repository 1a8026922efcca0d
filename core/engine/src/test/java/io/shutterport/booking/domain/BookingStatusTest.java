package io.shutterport.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.booking.Actor;
import io.shutterport.booking.Transition;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every state × transition × actor: only the listed steps are allowed, all others refused. */
class BookingStatusTest {
  private static final Map<String, BookingStatus> ALLOWED =
      Map.ofEntries(
          Map.entry("REQUESTED ACCEPT PHOTOGRAPHER", BookingStatus.ACCEPTED),
          Map.entry("REQUESTED DECLINE PHOTOGRAPHER", BookingStatus.DECLINED),
          Map.entry("REQUESTED EXPIRE SYSTEM", BookingStatus.EXPIRED),
          Map.entry("REQUESTED CANCEL CUSTOMER", BookingStatus.CANCELLED),
          Map.entry("REQUESTED CANCEL OPERATOR", BookingStatus.CANCELLED),
          Map.entry("ACCEPTED PAY SYSTEM", BookingStatus.PAID),
          Map.entry("ACCEPTED CANCEL CUSTOMER", BookingStatus.CANCELLED),
          Map.entry("ACCEPTED CANCEL PHOTOGRAPHER", BookingStatus.CANCELLED),
          Map.entry("ACCEPTED CANCEL OPERATOR", BookingStatus.CANCELLED),
          Map.entry("PAID DELIVER PHOTOGRAPHER", BookingStatus.DELIVERED),
          Map.entry("DELIVERED COMPLETE CUSTOMER", BookingStatus.COMPLETED),
          Map.entry("DELIVERED COMPLETE SYSTEM", BookingStatus.COMPLETED));

  @Test
  void onlyTheTableIsAllowed() {
    int checked = 0;
    for (BookingStatus state : BookingStatus.values()) {
      for (Transition transition : Transition.values()) {
        for (Actor actor : Actor.values()) {
          String key = state + " " + transition + " " + actor;
          assertThat(state.next(transition, actor))
              .as(key)
              .isEqualTo(Optional.ofNullable(ALLOWED.get(key)));
          checked++;
        }
      }
    }
    assertThat(checked)
        .isEqualTo(
            BookingStatus.values().length * Transition.values().length * Actor.values().length);
  }

  @Test
  void aCustomerCannotAcceptAndStepsCannotBeReplayed() {
    assertThat(BookingStatus.REQUESTED.next(Transition.ACCEPT, Actor.CUSTOMER)).isEmpty();
    assertThat(BookingStatus.ACCEPTED.next(Transition.ACCEPT, Actor.PHOTOGRAPHER)).isEmpty();
    assertThat(BookingStatus.REQUESTED.next(Transition.PAY, Actor.SYSTEM)).isEmpty();
  }
}
