package io.shutterport.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.booking.Actor;
import io.shutterport.booking.Transition;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every state × transition × actor: exactly the steps written below are allowed, all others are
 * refused. The table is written out by hand, independently of {@link BookingStatus}'s own.
 */
class BookingStatusTest {
  private static final String ALLOWED =
      """
      INQUIRY    OFFER              PHOTOGRAPHER          OFFERED
      INQUIRY    DECLINE            PHOTOGRAPHER          DECLINED
      INQUIRY    CANCEL             CUSTOMER,OPERATOR     CANCELLED
      INQUIRY    EXPIRE             SYSTEM                EXPIRED
      OFFERED    ACCEPT             CUSTOMER              ACCEPTED
      OFFERED    COUNTER            CUSTOMER              COUNTERED
      OFFERED    DECLINE            CUSTOMER              DECLINED
      OFFERED    CANCEL             PHOTOGRAPHER,OPERATOR CANCELLED
      OFFERED    EXPIRE             SYSTEM                EXPIRED
      COUNTERED  ACCEPT             PHOTOGRAPHER          ACCEPTED
      COUNTERED  OFFER              PHOTOGRAPHER          OFFERED
      COUNTERED  DECLINE            PHOTOGRAPHER          DECLINED
      COUNTERED  CANCEL             CUSTOMER,OPERATOR     CANCELLED
      COUNTERED  EXPIRE             SYSTEM                EXPIRED
      REQUESTED  ACCEPT             PHOTOGRAPHER,SYSTEM   ACCEPTED
      REQUESTED  DECLINE            PHOTOGRAPHER          DECLINED
      REQUESTED  CANCEL             CUSTOMER,OPERATOR     CANCELLED
      REQUESTED  EXPIRE             SYSTEM                EXPIRED
      ACCEPTED   PAY                SYSTEM                PAID
      ACCEPTED   CANCEL             CUSTOMER,PHOTOGRAPHER,OPERATOR CANCELLED
      ACCEPTED   EXPIRE             SYSTEM                EXPIRED
      ACCEPTED   ASK_RESCHEDULE     CUSTOMER,PHOTOGRAPHER ACCEPTED
      ACCEPTED   APPROVE_RESCHEDULE CUSTOMER,PHOTOGRAPHER ACCEPTED
      ACCEPTED   REJECT_RESCHEDULE  CUSTOMER,PHOTOGRAPHER ACCEPTED
      PAID       CONFIRM            PHOTOGRAPHER,SYSTEM   CONFIRMED
      PAID       DELIVER            PHOTOGRAPHER          DELIVERED
      PAID       CANCEL             CUSTOMER,PHOTOGRAPHER,OPERATOR REFUNDED
      PAID       ASK_RESCHEDULE     CUSTOMER,PHOTOGRAPHER PAID
      PAID       APPROVE_RESCHEDULE CUSTOMER,PHOTOGRAPHER PAID
      PAID       REJECT_RESCHEDULE  CUSTOMER,PHOTOGRAPHER PAID
      PAID       USE_BACKUP         CUSTOMER,PHOTOGRAPHER PAID
      CONFIRMED  SHOOT              PHOTOGRAPHER,SYSTEM   SHOT
      CONFIRMED  DELIVER            PHOTOGRAPHER          DELIVERED
      CONFIRMED  CANCEL             CUSTOMER,PHOTOGRAPHER,OPERATOR REFUNDED
      CONFIRMED  ASK_RESCHEDULE     CUSTOMER,PHOTOGRAPHER CONFIRMED
      CONFIRMED  APPROVE_RESCHEDULE CUSTOMER,PHOTOGRAPHER CONFIRMED
      CONFIRMED  REJECT_RESCHEDULE  CUSTOMER,PHOTOGRAPHER CONFIRMED
      CONFIRMED  USE_BACKUP         CUSTOMER,PHOTOGRAPHER CONFIRMED
      SHOT       DELIVER            PHOTOGRAPHER          DELIVERED
      DELIVERED  COMPLETE           CUSTOMER,SYSTEM       COMPLETED
      """;

  private static Map<String, BookingStatus> allowed() {
    Map<String, BookingStatus> table = new HashMap<>();
    ALLOWED
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .forEach(
            line -> {
              String[] f = line.split("\\s+");
              for (String actor : f[2].split(",")) {
                table.put(f[0] + " " + f[1] + " " + actor, BookingStatus.valueOf(f[3]));
              }
            });
    return table;
  }

  @Test
  void onlyTheTableIsAllowed() {
    Map<String, BookingStatus> allowed = allowed();
    int checked = 0;
    for (BookingStatus state : BookingStatus.values()) {
      for (Transition transition : Transition.values()) {
        for (Actor actor : Actor.values()) {
          String key = state + " " + transition + " " + actor;
          assertThat(state.next(transition, actor))
              .as(key)
              .isEqualTo(Optional.ofNullable(allowed.get(key)));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(14 * 15 * 4);
  }

  @Test
  void endStatesAllowNothing() {
    for (BookingStatus end :
        new BookingStatus[] {
          BookingStatus.DECLINED,
          BookingStatus.EXPIRED,
          BookingStatus.COMPLETED,
          BookingStatus.CANCELLED,
          BookingStatus.REFUNDED
        }) {
      assertThat(end.terminal()).as(end.name()).isTrue();
      assertThat(end.timedTransitions()).isEmpty();
    }
  }

  @Test
  void theSystemTimesExpiryConfirmationShootAndAcceptance() {
    assertThat(BookingStatus.REQUESTED.timedTransitions()).containsExactly(Transition.EXPIRE);
    assertThat(BookingStatus.ACCEPTED.timedTransitions()).containsExactly(Transition.EXPIRE);
    assertThat(BookingStatus.PAID.timedTransitions()).containsExactly(Transition.CONFIRM);
    assertThat(BookingStatus.CONFIRMED.timedTransitions()).containsExactly(Transition.SHOOT);
    assertThat(BookingStatus.DELIVERED.timedTransitions()).containsExactly(Transition.COMPLETE);
  }
}
