package io.shutterport.activity;

import io.shutterport.booking.Actor;
import io.shutterport.booking.BookingMoved;
import io.shutterport.booking.BookingOpened;
import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.booking.Transition;
import io.shutterport.gallery.GalleryClosing;
import io.shutterport.messaging.MessagingService;
import io.shutterport.platform.jobs.JobHandler;
import io.shutterport.platform.jobs.JobQueue;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.tenant.TenantService;
import io.shutterport.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns every booking step into notifications, in the step's transaction: the party who did not act
 * hears of it (both parties when the system acted, or an operator), and a completed booking asks
 * both for a review. It also sets the reminders — the shoot is tomorrow, a request is about to
 * expire — as durable jobs that check, when they fire, that the booking is still where it was.
 */
@ApplicationScoped
public class BookingNotifier implements JobHandler {
  static final String REMINDER = "reminder.booking";

  /** How long before the shoot its reminder goes out. */
  static final Duration SHOOT_NOTICE = Duration.ofHours(24);

  /** How long before a request expires the photographer is reminded. */
  static final Duration EXPIRY_NOTICE = Duration.ofHours(12);

  private static final Set<String> BOOKED = Set.of("PAID", "CONFIRMED");

  @Inject NotificationCentre centre;
  @Inject BookingService bookings;
  @Inject JobQueue jobs;
  @Inject TenantService tenants;
  @Inject TenantContext tenant;

  void opened(@Observes BookingOpened event) {
    BookingView booking = bookings.internal(event.bookingId());
    // A request, an inquiry, or a proposal the customer took: news for the photographer.
    notify(List.of(booking.photographerId()), "booking.opened." + event.status(), booking);
    if ("REQUESTED".equals(event.status())) {
      Duration ttl = rules().rules().requestTtl();
      if (ttl.compareTo(EXPIRY_NOTICE.multipliedBy(2)) >= 0) {
        remind(booking, "requestExpiring", Instant.now().plus(ttl).minus(EXPIRY_NOTICE));
      }
    }
  }

  void moved(@Observes BookingMoved event) {
    BookingView booking = bookings.internal(event.bookingId());
    List<String> to = recipients(booking, event.transition(), event.actor());
    notify(to, "booking." + event.transition().name(), booking);
    boolean timeSet =
        event.transition() == Transition.PAY
            || event.transition() == Transition.APPROVE_RESCHEDULE
            || event.transition() == Transition.USE_BACKUP;
    if (timeSet && BOOKED.contains(booking.status())) {
      remind(booking, "shoot", booking.startsAt().minus(SHOOT_NOTICE));
    }
  }

  void galleryClosing(@Observes GalleryClosing event) {
    BookingView booking = bookings.internal(event.bookingId());
    centre.notify(
        booking.customerId(),
        Topic.REMINDER,
        "galleryExpiring",
        booking.id(),
        booking.reference(),
        Map.of("date", event.date().toString()));
  }

  void messageWaiting(@Observes MessagingService.Waiting event) {
    notify(List.of(event.recipientId()), "message.waiting", bookings.internal(event.bookingId()));
  }

  @Override
  public String kind() {
    return REMINDER;
  }

  /** {@code bookingId which stamp}: sent only if the booking is still as it was when set. */
  @Override
  public void handle(String payload) {
    String[] parts = payload.split(" ");
    BookingView booking = bookings.internal(parts[0]);
    String stamp = parts[2];
    switch (parts[1]) {
      case "shoot" -> {
        if (BOOKED.contains(booking.status()) && booking.startsAt().toString().equals(stamp)) {
          notify(
              List.of(booking.customerId(), booking.photographerId()), "reminder.shoot", booking);
        }
      }
      case "requestExpiring" -> {
        if ("REQUESTED".equals(booking.status())) {
          notify(List.of(booking.photographerId()), "reminder.requestExpiring", booking);
        }
      }
      default -> throw new IllegalArgumentException("unknown reminder " + parts[1]);
    }
  }

  /** The other party of whoever acted; both when the system or an operator acted. */
  static List<String> recipients(BookingView booking, Transition transition, Actor actor) {
    if (transition == Transition.COMPLETE || actor == Actor.SYSTEM || actor == Actor.OPERATOR) {
      return List.of(booking.customerId(), booking.photographerId());
    }
    return List.of(actor == Actor.CUSTOMER ? booking.photographerId() : booking.customerId());
  }

  private void notify(List<String> users, String kind, BookingView booking) {
    Topic topic =
        kind.startsWith("reminder.")
            ? Topic.REMINDER
            : kind.startsWith("message.") ? Topic.MESSAGE : Topic.BOOKING;
    Map<String, String> params = Map.of("date", when(booking));
    for (String user : users) {
      centre.notify(user, topic, kind, booking.id(), booking.reference(), params);
    }
  }

  private void remind(BookingView booking, String which, Instant at) {
    String stamp = "shoot".equals(which) ? booking.startsAt().toString() : "-";
    jobs.schedule(REMINDER, booking.id() + " " + which + " " + stamp, at);
  }

  private String when(BookingView booking) {
    ZonedDateTime start = booking.startsAt().atZone(rules().zone());
    return start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
  }

  private TenantView rules() {
    return tenants.byId(tenant.require());
  }
}
