package io.shutterport.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.booking.Actor;
import io.shutterport.booking.BookingView;
import io.shutterport.booking.Transition;
import org.junit.jupiter.api.Test;

class BookingNotifierTest {
  private static final BookingView BOOKING =
      new BookingView(
          "b",
          "BK-1",
          "customer",
          "photographer",
          null,
          null,
          null,
          null,
          "REQUESTED",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          0,
          false,
          null,
          null,
          java.util.Map.of());

  @Test
  void theOtherPartyHearsOfWhatOneDid() {
    assertThat(BookingNotifier.recipients(BOOKING, Transition.ACCEPT, Actor.PHOTOGRAPHER))
        .containsExactly("customer");
    assertThat(BookingNotifier.recipients(BOOKING, Transition.CANCEL, Actor.CUSTOMER))
        .containsExactly("photographer");
    assertThat(BookingNotifier.recipients(BOOKING, Transition.DELIVER, Actor.PHOTOGRAPHER))
        .containsExactly("customer");
  }

  @Test
  void bothHearOfWhatTheSystemOrAnOperatorDidAndOfCompletion() {
    assertThat(BookingNotifier.recipients(BOOKING, Transition.EXPIRE, Actor.SYSTEM))
        .containsExactly("customer", "photographer");
    assertThat(BookingNotifier.recipients(BOOKING, Transition.CANCEL, Actor.OPERATOR))
        .containsExactly("customer", "photographer");
    assertThat(BookingNotifier.recipients(BOOKING, Transition.COMPLETE, Actor.CUSTOMER))
        .as("the review request goes to both")
        .containsExactly("customer", "photographer");
  }
}
