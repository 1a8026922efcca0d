package io.shutterport.web.booking;

import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.UserView;
import io.shutterport.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The signed-in user's bookings (and, for operators, the tenant's). */
@Named("bookingsPage")
@RequestScoped
public class BookingsPage {
  @Inject BookingService bookings;
  @Inject IdentityService identity;
  @Inject CurrentUser currentUser;
  @Inject io.shutterport.messaging.MessagingService messaging;

  private List<BookingRow> rows;
  private Map<String, Long> unread;

  /** Unread messages per booking (parties only; operators read no conversations). */
  public Map<String, Long> getUnread() {
    if (unread == null) {
      unread =
          currentUser.hasRole("OPERATOR")
              ? Map.of()
              : messaging.unread(currentUser.id()).byBooking();
    }
    return unread;
  }

  public List<BookingRow> getRows() {
    if (rows == null) {
      List<BookingView> list =
          currentUser.hasRole("OPERATOR")
              ? bookings.all(currentUser.id())
              : bookings.mine(currentUser.id());
      rows = withNames(identity, list);
    }
    return rows;
  }

  /** Adds the parties' names with one query for all rows. */
  public static List<BookingRow> withNames(IdentityService identity, List<BookingView> list) {
    Map<String, UserView> users =
        identity.users(
            list.stream()
                .flatMap(b -> Stream.of(b.customerId(), b.photographerId()))
                .distinct()
                .toList());
    return list.stream()
        .map(
            b ->
                new BookingRow(
                    b, name(users.get(b.customerId())), name(users.get(b.photographerId()))))
        .toList();
  }

  private static String name(UserView user) {
    return user == null ? "?" : user.displayName();
  }
}
