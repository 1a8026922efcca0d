package io.shutterport.booking;

import io.shutterport.booking.domain.Booking;
import io.shutterport.booking.infrastructure.BookingRepository;
import io.shutterport.catalog.CatalogService;
import io.shutterport.catalog.PlanView;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.identity.UserView;
import io.shutterport.notification.Mail;
import io.shutterport.notification.MailService;
import io.shutterport.platform.error.ForbiddenException;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.error.ShutterportException.FieldError;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Requests and moves bookings. Only the parties (and the tenant's operators) see a booking. */
@ApplicationScoped
public class BookingService {
  @Inject BookingRepository repository;
  @Inject CatalogService catalog;
  @Inject IdentityService identity;
  @Inject TenantService tenants;
  @Inject TenantContext tenant;
  @Inject MailService mail;

  /** A customer asks a photographer for a shoot with one of their plans. */
  @Transactional
  public BookingView request(String customerId, BookingRequest request) {
    UserView customer = identity.user(customerId);
    if (customer.role() != Role.CUSTOMER) {
      throw new ForbiddenException();
    }
    List<FieldError> errors = new ArrayList<>();
    PlanView plan = null;
    if (request.planId() == null || request.planId().length() > 36) {
      errors.add(new FieldError("planId", "validation.plan"));
    } else {
      plan = catalog.plan(request.planId());
    }
    ZoneId zone = tenants.byId(tenant.require()).zone();
    LocalDate date = parseDate(request.date(), zone, errors);
    LocalTime start = parseTime(request.startTime(), errors);
    String note = request.note() == null ? "" : request.note().strip();
    if (note.length() > 2000) {
      errors.add(new FieldError("note", "validation.note"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ZonedDateTime startsAt = ZonedDateTime.of(date, start, zone);
    Booking booking =
        new Booking(
            customerId,
            plan.photographerId(),
            plan.id(),
            plan.categoryId(),
            startsAt.toInstant(),
            startsAt.plusMinutes(plan.durationMinutes()).toInstant(),
            plan.price(),
            note);
    repository.add(booking);
    UserView photographer = identity.user(plan.photographerId());
    notify(photographer, "mail.bookingRequested", booking.view(), Map.of("date", date.toString()));
    return booking.view();
  }

  /** A party (or an operator) moves the booking on. */
  @Transactional
  public BookingView transition(String userId, String bookingId, Transition transition) {
    UserView user = identity.user(userId);
    Booking booking = accessible(user, bookingId);
    Actor actor =
        user.role() == Role.OPERATOR ? Actor.OPERATOR : booking.partyRole(userId).orElseThrow();
    booking.apply(transition, actor);
    BookingView view = booking.view();
    if (transition == Transition.ACCEPT) {
      notify(identity.user(view.customerId()), "mail.bookingAccepted", view, Map.of());
    } else if (transition == Transition.DELIVER) {
      notify(identity.user(view.customerId()), "mail.photosDelivered", view, Map.of());
    }
    return view;
  }

  /** The payment feature reports the booking paid. */
  @Transactional
  public BookingView markPaid(String bookingId) {
    Booking booking =
        repository.byId(bookingId).orElseThrow(() -> new NotFoundException("booking"));
    booking.apply(Transition.PAY, Actor.SYSTEM);
    notify(
        identity.user(booking.view().customerId()), "mail.bookingPaid", booking.view(), Map.of());
    return booking.view();
  }

  /** The booking, if the user is one of its parties or an operator; else not found. */
  @Transactional
  public BookingView forParty(String userId, String bookingId) {
    return accessible(identity.user(userId), bookingId).view();
  }

  /** The role the user plays in the booking; throws not found when none. */
  @Transactional
  public Actor roleIn(String userId, String bookingId) {
    UserView user = identity.user(userId);
    Booking booking = accessible(user, bookingId);
    return user.role() == Role.OPERATOR ? Actor.OPERATOR : booking.partyRole(userId).orElseThrow();
  }

  @Transactional
  public List<BookingView> mine(String userId) {
    return repository.ofUser(userId, 200).stream().map(Booking::view).toList();
  }

  /** The tenant's bookings, for its operators. */
  @Transactional
  public List<BookingView> all(String operatorId) {
    if (identity.user(operatorId).role() != Role.OPERATOR) {
      throw new ForbiddenException();
    }
    return repository.recent(200).stream().map(Booking::view).toList();
  }

  private Booking accessible(UserView user, String bookingId) {
    if (bookingId == null || bookingId.length() > 36) {
      throw new NotFoundException("booking");
    }
    Booking booking =
        repository.byId(bookingId).orElseThrow(() -> new NotFoundException("booking"));
    if (user.role() != Role.OPERATOR && booking.partyRole(user.id()).isEmpty()) {
      throw new NotFoundException("booking");
    }
    return booking;
  }

  private void notify(
      UserView to, String template, BookingView booking, Map<String, String> extra) {
    var params = new java.util.HashMap<>(extra);
    params.put("reference", booking.reference());
    params.put("link", tenant.origin() + "/booking?id=" + booking.id());
    mail.send(new Mail(to.email(), to.locale(), template, params));
  }

  private static LocalDate parseDate(String value, ZoneId zone, List<FieldError> errors) {
    try {
      LocalDate date = LocalDate.parse(value == null ? "" : value.strip());
      LocalDate today = LocalDate.now(zone);
      if (!date.isAfter(today) || date.isAfter(today.plusYears(1))) {
        errors.add(new FieldError("date", "validation.dateRange"));
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.add(new FieldError("date", "validation.date"));
      return null;
    }
  }

  private static LocalTime parseTime(String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return LocalTime.of(10, 0);
    }
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError("startTime", "validation.time"));
      return null;
    }
  }
}
