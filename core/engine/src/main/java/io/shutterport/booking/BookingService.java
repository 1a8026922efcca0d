package io.shutterport.booking;

import io.shutterport.booking.domain.Booking;
import io.shutterport.booking.domain.BookingStatus;
import io.shutterport.booking.domain.CalendarHold;
import io.shutterport.booking.domain.SlotTakenException;
import io.shutterport.booking.domain.TransitionNotAllowedException;
import io.shutterport.booking.infrastructure.BookingRepository;
import io.shutterport.catalog.Buffers;
import io.shutterport.catalog.CatalogService;
import io.shutterport.catalog.PlanView;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.identity.UserView;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.error.ShutterportException.FieldError;
import io.shutterport.platform.events.SearchInputsChanged;
import io.shutterport.platform.jobs.JobQueue;
import io.shutterport.platform.persistence.RecordsQuery;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.platform.util.Amounts;
import io.shutterport.platform.util.Weeks;
import io.shutterport.spi.Money;
import io.shutterport.tenant.TenantService;
import io.shutterport.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Requests, negotiates and moves bookings. Only the parties (and the tenant's operators) see a
 * booking; every step goes through {@link BookingStatus}'s table; holds in the photographer's
 * calendar and the system's timers follow each step in the same transaction.
 */
@ApplicationScoped
public class BookingService {
  /** The job kind of timed transitions. */
  static final String TIMER = "booking.timer";

  @Inject io.shutterport.platform.audit.AuditLog audit;
  @Inject CategoryAnswers answers;
  @Inject BookingRepository repository;
  @Inject CatalogService catalog;
  @Inject IdentityService identity;
  @Inject TenantService tenants;
  @Inject TenantContext tenant;
  @Inject JobQueue jobs;
  @Inject PaidMoney paid;
  @Inject Event<BookingMoved> moved;
  @Inject Event<BookingOpened> opened;
  @Inject Event<SearchInputsChanged> searchInputs;

  /** A customer asks a photographer for a shoot with one of their plans. */
  @Transactional
  public BookingView request(String customerId, BookingRequest request) {
    return create(customerId, request, BookingStatus.REQUESTED).view();
  }

  /**
   * A customer asks a photographer about a shoot without booking it yet; the photographer answers
   * with an offer. Inquiries hold no time.
   */
  @Transactional
  public BookingView inquire(String customerId, BookingRequest request) {
    return create(customerId, request, BookingStatus.INQUIRY).view();
  }

  /**
   * A customer accepts a photographer's proposal for their shoot request: the booking starts
   * accepted (both sides agreed) and holds the time at once.
   */
  @Transactional
  public BookingView fromProposal(
      String customerId,
      String planId,
      Instant start,
      int durationMinutes,
      Money price,
      String note) {
    PlanView plan = catalog.plan(planId);
    catalog.lockCalendar(plan.photographerId()); // before the row: see create()
    Booking booking =
        new Booking(
            customerId,
            plan.photographerId(),
            plan.id(),
            plan.categoryId(),
            start,
            start.plusSeconds(durationMinutes * 60L),
            price,
            note == null ? "" : note,
            BookingStatus.ACCEPTED,
            null,
            plan.cancellationPolicy() != null
                ? plan.cancellationPolicy()
                : currentTenant().rules().cancellationPolicy());
    booking.promise(plan.deliveryDays(), plan.photoCount());
    booking.selectionLimit(plan.selectionLimit());
    repository.add(booking);
    after(booking, null, null, Actor.CUSTOMER, null);
    return booking.view();
  }

  /**
   * One side proposes terms: the photographer an offer (answering an inquiry or a counter-offer),
   * the customer a counter-offer.
   */
  @Transactional
  public BookingView propose(String userId, String bookingId, Transition kind, Terms terms) {
    if (kind != Transition.OFFER && kind != Transition.COUNTER) {
      throw new IllegalArgumentException("not a proposal: " + kind);
    }
    Party party = party(userId, bookingId);
    TenantView t = currentTenant();
    List<FieldError> errors = new ArrayList<>();
    Terms given = terms == null ? new Terms(null, null, null) : terms;
    Instant start = startOf(given.date(), given.startTime(), t.zone(), "date", errors);
    Money price = Amounts.parse(given.price(), t.currency()).orElse(null);
    if (price == null) {
      errors.add(new FieldError("price", "validation.price"));
    }
    throwIfAny(errors);
    Booking booking = party.booking();
    if (kind == Transition.COUNTER) {
      requireAvailable(
          booking.photographerId(),
          start,
          Duration.between(booking.startsAt(), booking.endsAt()),
          "date",
          errors);
      throwIfAny(errors);
    }
    BookingStatus before = booking.status();
    booking.terms(kind, party.actor(), start, price);
    after(booking, before, kind, party.actor(), null);
    return booking.view();
  }

  /** A party (or an operator) moves the booking on: accept, decline, confirm, shoot, deliver… */
  @Transactional
  public BookingView transition(String userId, String bookingId, Transition transition) {
    if (transition == Transition.CANCEL) {
      return cancel(userId, bookingId, new Cancellation(null, false));
    }
    if (!userTransition(transition)) {
      throw new TransitionNotAllowedException(transition.name(), "");
    }
    Party party = party(userId, bookingId);
    Booking booking = party.booking();
    if (transition == Transition.ACCEPT) {
      repository.lock(booking); // a card authorised with the request is captured in this step
    }
    if (transition == Transition.ACCEPT || transition == Transition.CONFIRM) {
      requireSlotStillOurs(booking);
    }
    BookingStatus before = booking.apply(transition, party.actor());
    after(booking, before, transition, party.actor(), null);
    return booking.view();
  }

  /**
   * The photographer's first delivered photo moves the booking to DELIVERED. Photos completed at
   * the same moment queue on the booking's row, and the later ones find it delivered (rather than
   * losing an optimistic lock).
   */
  @Transactional
  public BookingView delivered(String photographerId, String bookingId) {
    Party party = party(photographerId, bookingId);
    Booking booking = party.booking();
    repository.lock(booking);
    if (booking.status() != BookingStatus.DELIVERED) {
      BookingStatus before = booking.apply(Transition.DELIVER, party.actor());
      after(booking, before, Transition.DELIVER, party.actor(), null);
    }
    return booking.view();
  }

  /**
   * A party (or an operator) cancels. Once paid, what comes back is computed from the policy copied
   * onto the booking when it was made.
   */
  @Transactional
  public BookingView cancel(String userId, String bookingId, Cancellation request) {
    Party party = party(userId, bookingId); // strangers learn nothing, not even bad input
    CancellationReason reason = reason(request == null ? null : request.reason());
    boolean asCredit = request != null && request.asCredit();
    Booking booking = party.booking();
    if (asCredit && party.actor() != Actor.CUSTOMER) {
      throw InvalidInputException.of("asCredit", "validation.creditCustomerOnly");
    }
    BookingStatus before = booking.apply(Transition.CANCEL, party.actor());
    booking.cancelledFor(party.actor(), reason);
    CancellationPolicy.Outcome outcome = null;
    if (booking.status() == BookingStatus.REFUNDED) {
      outcome = outcome(booking, party.actor(), reason, asCredit);
    }
    after(booking, before, Transition.CANCEL, party.actor(), outcome);
    if (party.actor() == Actor.OPERATOR) {
      audit.record(
          userId,
          "booking.cancel",
          booking.id(),
          "reason=" + reason + (outcome == null ? "" : " refund=" + outcome.refund()));
    }
    return booking.view();
  }

  /**
   * What cancelling now would give back, as {@link #cancel} would compute it, without cancelling:
   * empty when nothing was paid (nothing moves) or the caller may not cancel.
   */
  @Transactional
  public java.util.Optional<CancellationPolicy.Outcome> cancellationQuote(
      String userId, String bookingId, Cancellation request) {
    Party party = party(userId, bookingId);
    Booking booking = party.booking();
    boolean paidFor =
        booking.status() == BookingStatus.PAID || booking.status() == BookingStatus.CONFIRMED;
    if (!paidFor || booking.status().next(Transition.CANCEL, party.actor()).isEmpty()) {
      return java.util.Optional.empty();
    }
    boolean asCredit = request != null && request.asCredit() && party.actor() == Actor.CUSTOMER;
    return java.util.Optional.of(
        outcome(
            booking, party.actor(), reason(request == null ? null : request.reason()), asCredit));
  }

  private CancellationPolicy.Outcome outcome(
      Booking booking, Actor actor, CancellationReason reason, boolean asCredit) {
    return CancellationPolicy.parse(booking.policy())
        .outcome(
            booking.price(),
            paid.paidIn(booking.id(), booking.price()),
            booking.startsAt(),
            Instant.now(),
            actor,
            reason,
            asCredit)
        .withPlatformFundedAtMost(
            paid.creditRoom(booking.customerId(), booking.price().currency()));
  }

  /** One party asks to move the shoot; the other approves or rejects. */
  @Transactional
  public BookingView askReschedule(String userId, String bookingId, Terms terms) {
    Party party = party(userId, bookingId);
    List<FieldError> errors = new ArrayList<>();
    Terms given = terms == null ? new Terms(null, null, null) : terms;
    Instant start =
        startOf(given.date(), given.startTime(), currentTenant().zone(), "date", errors);
    throwIfAny(errors);
    Booking booking = party.booking();
    requireAvailable(
        booking.photographerId(),
        start,
        Duration.between(booking.startsAt(), booking.endsAt()),
        "date",
        errors);
    throwIfAny(errors);
    booking.askReschedule(party.actor(), start);
    after(booking, booking.status(), Transition.ASK_RESCHEDULE, party.actor(), null);
    return booking.view();
  }

  @Transactional
  public BookingView answerReschedule(String userId, String bookingId, boolean approve) {
    Party party = party(userId, bookingId);
    Booking booking = party.booking();
    if (approve) {
      Set<LocalDate> before = heldDates(booking);
      booking.approveReschedule(party.actor());
      rehold(booking, before);
    } else {
      booking.rejectReschedule(party.actor());
    }
    Transition t = approve ? Transition.APPROVE_RESCHEDULE : Transition.REJECT_RESCHEDULE;
    after(booking, booking.status(), t, party.actor(), null);
    return booking.view();
  }

  /** Rain: the shoot moves to the held backup date (予備日). */
  @Transactional
  public BookingView useBackup(String userId, String bookingId) {
    Party party = party(userId, bookingId);
    Booking booking = party.booking();
    Set<LocalDate> before = heldDates(booking);
    booking.useBackup(party.actor());
    rehold(booking, before);
    after(booking, booking.status(), Transition.USE_BACKUP, party.actor(), null);
    return booking.view();
  }

  /**
   * Locks a booking's row until the transaction ends, for a payment event that depends on its
   * state: accepting a request locks it too, so the two never pass each other.
   */
  @Transactional
  public void lockForPayment(String bookingId) {
    repository.byId(bookingId).ifPresent(repository::lock);
  }

  /** How many delivered photos the booking's customer may select; null: no limit. */
  @Transactional
  public Integer selectionLimit(String bookingId) {
    return repository.byId(bookingId).map(Booking::selectionLimit).orElse(null);
  }

  /** The payment feature reports the booking paid. */
  @Transactional
  public BookingView markPaid(String bookingId) {
    Booking booking =
        repository.byId(bookingId).orElseThrow(() -> new NotFoundException("booking"));
    BookingStatus before = booking.apply(Transition.PAY, Actor.SYSTEM);
    after(booking, before, Transition.PAY, Actor.SYSTEM, null);
    return booking.view();
  }

  /**
   * A timer fires: the system makes the transition if the booking is still as it was when the timer
   * was set; otherwise the booking moved on (and set its own timers) and nothing happens.
   */
  @Transactional
  public void onTimer(String bookingId, Transition transition, String stamp) {
    Booking booking = repository.byId(bookingId).orElse(null);
    if (booking == null || !booking.timerStamp().equals(stamp)) {
      return;
    }
    BookingStatus before = booking.apply(transition, Actor.SYSTEM);
    after(booking, before, transition, Actor.SYSTEM, null);
  }

  /** The booking, if the user is one of its parties or an operator; else not found. */
  @Transactional
  public BookingView forParty(String userId, String bookingId) {
    return party(userId, bookingId).booking().view();
  }

  /** A booking for the system's own work (payments, jobs), without a party check. */
  @Transactional
  public BookingView internal(String bookingId) {
    return repository.byId(bookingId).orElseThrow(() -> new NotFoundException("booking")).view();
  }

  /** The ids of up to {@code limit} bookings whose reference contains {@code text} (any case). */
  @Transactional
  public List<String> idsWithReference(String text, int limit) {
    return repository.idsWithReference(text, limit);
  }

  /** Bookings for the system's own work, by id, in one query; unknown ids are left out. */
  @Transactional
  public Map<String, BookingView> internal(java.util.Collection<String> bookingIds) {
    Map<String, BookingView> views = new HashMap<>();
    repository.byIds(bookingIds).forEach(b -> views.put(b.id(), b.view()));
    return views;
  }

  /** The role the user plays in the booking; throws not found when none. */
  @Transactional
  public Actor roleIn(String userId, String bookingId) {
    return party(userId, bookingId).actor();
  }

  @Transactional
  public List<BookingView> mine(String userId) {
    return repository.ofUser(userId, 200).stream().map(Booking::view).toList();
  }

  /** The tenant's booking rules, for its operators. */
  @Transactional
  public BookingRules rules(String operatorId) {
    identity.requireRole(operatorId, Role.OPERATOR);
    TenantView t = currentTenant();
    return new BookingRules(
        t.rules().requestTtl().toString(),
        t.rules().autoCompleteAfter().toString(),
        t.rules().payoutDelay().toString(),
        t.commissionBasisPoints(),
        t.rules().cancellationPolicy(),
        t.rules().reviewWindow().toString(),
        t.rules().tipShareBasisPoints(),
        t.rules().travelFeeBands());
  }

  /**
   * An operator changes the tenant's booking rules. Bookings already made keep the policy copied
   * onto them and the timers already set.
   */
  @Transactional
  public BookingRules updateRules(String operatorId, BookingRules rules) {
    identity.requireRole(operatorId, Role.OPERATOR);
    if (rules == null) {
      throw InvalidInputException.of("cancellationPolicy", "validation.policy");
    }
    List<FieldError> errors = new ArrayList<>();
    Duration ttl = duration(rules.requestTtl(), "requestTtl", errors);
    Duration complete = duration(rules.autoCompleteAfter(), "autoCompleteAfter", errors);
    Duration payout = duration(rules.payoutDelay(), "payoutDelay", errors);
    Integer commission = rules.commissionBasisPoints();
    if (commission == null || commission < 0 || commission > 5_000) {
      errors.add(new FieldError("commissionBasisPoints", "validation.commission"));
    }
    Duration reviewWindow = duration(rules.reviewWindow(), "reviewWindow", errors);
    Integer tipShare = rules.tipShareBasisPoints();
    if (tipShare == null || tipShare < 0 || tipShare > 10_000) {
      errors.add(new FieldError("tipShareBasisPoints", "validation.tipShare"));
    }
    String policy = null;
    try {
      policy = CancellationPolicy.parse(rules.cancellationPolicy()).format();
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("cancellationPolicy", "validation.policy"));
    }
    String bands = null;
    try {
      bands = TravelFee.parse(rules.travelFeeBands()).format();
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("travelFeeBands", "validation.travelFeeBands"));
    }
    throwIfAny(errors);
    tenants.updateBookingRules(
        tenant.require(),
        new TenantView.BookingRules(ttl, complete, payout, policy, reviewWindow, tipShare, bands),
        commission);
    audit.record(
        operatorId,
        "settings.rules",
        tenant.require(),
        "commission=" + commission + " policy=" + policy + " reviewWindow=" + reviewWindow);
    return rules(operatorId);
  }

  /**
   * The operator's dashboard figures for the last {@code weeks} weeks, oldest first: requests, how
   * many were paid for, and late deliveries by the week of the shoot.
   */
  @Transactional
  public List<WeeklyBookings> weekly(String operatorId, int weeks) {
    identity.requireRole(operatorId, Role.OPERATOR);
    Weeks span = Weeks.lastOf(weeks, currentTenant().zone());
    long[][] sums = new long[span.count()][3];
    Instant now = Instant.now();
    for (Booking b : repository.requestedOrShooting(span.from(), span.to())) {
      int requestWeek = span.indexOf(b.createdAt());
      if (requestWeek >= 0 && requestWeek < span.count()) {
        sums[requestWeek][0]++;
        if (EVER_PAID.contains(b.status())) {
          sums[requestWeek][1]++;
        }
      }
      int shootWeek = span.indexOf(b.startsAt());
      if (shootWeek >= 0 && shootWeek < span.count() && b.deliveryLate(now)) {
        sums[shootWeek][2]++;
      }
    }
    List<WeeklyBookings> rows = new ArrayList<>();
    for (int i = 0; i < span.count(); i++) {
      rows.add(new WeeklyBookings(span.monday(i).toString(), sums[i][0], sums[i][1], sums[i][2]));
    }
    return rows;
  }

  /** States a booking reaches only after it was paid for. */
  private static final java.util.Set<BookingStatus> EVER_PAID =
      java.util.EnumSet.of(
          BookingStatus.PAID,
          BookingStatus.CONFIRMED,
          BookingStatus.SHOT,
          BookingStatus.DELIVERED,
          BookingStatus.COMPLETED,
          BookingStatus.REFUNDED);

  /** The tenant's bookings, for its operators. */
  @Transactional
  public List<BookingView> all(String operatorId) {
    return all(operatorId, 200);
  }

  /** The marketplace's latest {@code limit} bookings, newest first. */
  @Transactional
  public List<BookingView> all(String operatorId, int limit) {
    identity.requireRole(operatorId, Role.OPERATOR);
    return repository.recent(limit).stream().map(Booking::view).toList();
  }

  /**
   * One page of the marketplace's bookings, filtered and ordered in the database, for the
   * operator's records over the whole history: filters {@code reference} (contains), {@code status}
   * (a state's name), {@code customer} and {@code photographer} (a name contains; at most {@value
   * #NAMES_PER_FILTER} accounts match); sorts {@code reference}, {@code status}, {@code when},
   * {@code price}. An unknown state or a page out of bounds is a 400.
   */
  @Transactional
  public List<BookingView> records(String operatorId, RecordsQuery query) {
    return repository.records(query, filters(operatorId, query)).stream()
        .map(Booking::view)
        .toList();
  }

  /** How many bookings {@link #records}' filters keep, whatever the page. */
  @Transactional
  public long countRecords(String operatorId, RecordsQuery query) {
    return repository.countRecords(query, filters(operatorId, query));
  }

  static final int NAMES_PER_FILTER = 1000;

  /** The names of every state a booking can be in, in the order of its life. */
  public static final List<String> STATES =
      java.util.Arrays.stream(BookingStatus.values()).map(Enum::name).toList();

  /** A records query's filters checked and resolved: its state, and names as account ids. */
  private BookingRepository.RecordsFilter filters(String operatorId, RecordsQuery query) {
    identity.requireRole(operatorId, Role.OPERATOR);
    query.checked();
    BookingStatus status = null;
    if (query.filter("status") != null) {
      try {
        status = BookingStatus.valueOf(query.filter("status"));
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of("status", "validation.status");
      }
    }
    return new BookingRepository.RecordsFilter(
        status, named(query.filter("customer")), named(query.filter("photographer")));
  }

  private List<String> named(String text) {
    return text == null || text.isBlank() ? null : identity.idsNamed(text, NAMES_PER_FILTER);
  }

  /**
   * A party asks the operator to step in; from then on the operator may read the conversation (each
   * reading audited). A second request leaves the first one standing.
   */
  @Transactional
  public BookingView dispute(String userId, String bookingId, String reason) {
    Party party = party(userId, bookingId);
    if (party.actor() != Actor.CUSTOMER && party.actor() != Actor.PHOTOGRAPHER) {
      throw new NotFoundException("booking");
    }
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty() || text.length() > 2000) {
      throw InvalidInputException.of("reason", "validation.disputeReason");
    }
    party.booking().dispute(userId, text, Instant.now());
    return party.booking().view();
  }

  /** The tenant's disputed bookings, for its operators. */
  @Transactional
  public List<BookingView> disputes(String operatorId) {
    identity.requireRole(operatorId, Role.OPERATOR);
    return repository.disputed(200).stream().map(Booking::view).toList();
  }

  /**
   * The disputed booking an operator is about to look into; not found unless the user is an
   * operator and a party has opened a dispute.
   */
  @Transactional
  public BookingView disputedFor(String operatorId, String bookingId) {
    identity.requireRole(operatorId, Role.OPERATOR);
    Booking booking =
        repository
            .byId(bookingId)
            .filter(Booking::disputed)
            .orElseThrow(() -> new NotFoundException("dispute"));
    return booking.view();
  }

  private Booking create(String customerId, BookingRequest request, BookingStatus initial) {
    identity.requireRole(customerId, Role.CUSTOMER);
    if (request == null) {
      throw InvalidInputException.of("planId", "validation.plan");
    }
    List<FieldError> errors = new ArrayList<>();
    PlanView plan = null;
    if (request.planId() == null || request.planId().length() > 36) {
      errors.add(new FieldError("planId", "validation.plan"));
    } else {
      plan = catalog.bookablePlan(request.planId());
    }
    TenantView t = currentTenant();
    Instant start = startOf(request.date(), request.startTime(), t.zone(), "date", errors);
    Instant backup = null;
    if (request.backupDate() != null && !request.backupDate().isBlank()) {
      backup = startOf(request.backupDate(), request.startTime(), t.zone(), "backupDate", errors);
      if (start != null
          && backup != null
          && (!backup.isAfter(start) || backup.isAfter(start.plus(Duration.ofDays(60))))) {
        errors.add(new FieldError("backupDate", "validation.backupDate"));
      }
    }
    String note = request.note() == null ? "" : request.note().strip();
    if (note.length() > 2000) {
      errors.add(new FieldError("note", "validation.note"));
    }
    int extraUnits = request.extraUnits() == null ? 0 : request.extraUnits();
    boolean express = Boolean.TRUE.equals(request.express());
    if (plan != null) {
      if (extraUnits < 0 || extraUnits > 4 || (extraUnits > 0 && plan.extraMinutes() == null)) {
        errors.add(new FieldError("extraUnits", "validation.extraUnits"));
      }
      if (express && plan.expressDays() == null) {
        errors.add(new FieldError("express", "validation.express"));
      }
    }
    Map<String, String> details =
        plan == null
            ? Map.of()
            : answers.check(
                plan.categoryId(),
                request.details(),
                start == null ? null : start.atZone(t.zone()).toLocalDate(),
                plan.price(),
                errors);
    throwIfAny(errors);
    int minutes = plan.durationMinutes() + (extraUnits == 0 ? 0 : extraUnits * plan.extraMinutes());
    Money price = plan.price();
    if (extraUnits > 0) {
      price = price.plus(Money.of(plan.extraPrice().minorUnits() * extraUnits, price.currency()));
    }
    if (express) {
      price = price.plus(plan.expressPrice());
    }
    long travelFee = travelFee(plan.photographerId(), request, t, errors);
    throwIfAny(errors);
    price = price.plus(Money.of(travelFee, price.currency()));
    String addons =
        (extraUnits > 0 ? "extra=" + extraUnits : "")
            + (express ? (extraUnits > 0 ? ";" : "") + "express" : "");
    if (initial == BookingStatus.REQUESTED) {
      // The calendar's lock comes before the booking row: inserting the row first would take a
      // key-share lock on the photographer's profile (its foreign key) that two requests could
      // each hold while waiting for the other's lock — a deadlock on PostgreSQL.
      catalog.lockCalendar(plan.photographerId());
      Duration length = Duration.ofMinutes(minutes);
      requireAvailable(plan.photographerId(), start, length, "date", errors);
      if (backup != null) {
        requireAvailable(plan.photographerId(), backup, length, "backupDate", errors);
      }
      throwIfAny(errors);
    }
    String policy =
        plan.cancellationPolicy() != null
            ? plan.cancellationPolicy()
            : t.rules().cancellationPolicy();
    Booking booking =
        new Booking(
            customerId,
            plan.photographerId(),
            plan.id(),
            plan.categoryId(),
            start,
            start.plusSeconds(minutes * 60L),
            price,
            note,
            initial,
            backup,
            policy);
    booking.addons(addons, travelFee);
    booking.details(details);
    booking.promise(express ? plan.expressDays() : plan.deliveryDays(), plan.photoCount());
    booking.selectionLimit(plan.selectionLimit());
    repository.add(booking);
    after(booking, null, null, Actor.CUSTOMER, null);
    if (initial == BookingStatus.REQUESTED && plan.instantBook()) {
      // The photographer agreed in advance: accepted now, in the same transaction as the request.
      BookingStatus before = booking.apply(Transition.ACCEPT, Actor.SYSTEM);
      after(booking, before, Transition.ACCEPT, Actor.SYSTEM, null);
    }
    return booking;
  }

  /**
   * Everything that follows a step, in the same transaction: calendar holds, timers, and the event
   * other features react to (notifications among them).
   */
  private void after(
      Booking booking,
      BookingStatus before,
      Transition transition,
      Actor actor,
      CancellationPolicy.Outcome cancellation) {
    BookingStatus now = booking.status();
    boolean wasHolding = before != null && BookingStatus.HOLDING.contains(before);
    boolean holding = BookingStatus.HOLDING.contains(now);
    if (wasHolding && !holding) {
      repository.release(booking.id(), CalendarHold.Kind.MAIN, CalendarHold.Kind.BACKUP);
      searchInputs.fire(
          SearchInputsChanged.holds(
              tenant.require(), booking.photographerId(), heldDates(booking)));
    } else if (!wasHolding && holding) {
      hold(booking);
      searchInputs.fire(
          SearchInputsChanged.holds(
              tenant.require(), booking.photographerId(), heldDates(booking)));
    }
    if (transition == null && now == BookingStatus.REQUESTED) {
      catalog.countRequestReceived(booking.photographerId());
    } else if (before == BookingStatus.REQUESTED
        && (actor == Actor.PHOTOGRAPHER || actor == Actor.SYSTEM) // SYSTEM: instant book
        && (transition == Transition.ACCEPT || transition == Transition.DECLINE)) {
      catalog.countRequestAnswered(booking.photographerId());
    }
    boolean moved =
        before != now
            || transition == Transition.APPROVE_RESCHEDULE
            || transition == Transition.USE_BACKUP;
    if (moved) {
      scheduleTimers(booking);
    }
    if (transition != null) {
      this.moved.fire(
          new BookingMoved(
              booking.id(),
              before == null ? null : before.name(),
              now.name(),
              transition,
              actor,
              cancellation));
    } else {
      opened.fire(new BookingOpened(booking.id(), now.name()));
    }
  }

  private void hold(Booking booking) {
    catalog.lockCalendar(booking.photographerId());
    Buffers buffers = catalog.buffers(booking.photographerId());
    repository.hold(
        new CalendarHold(
            booking.photographerId(),
            booking.id(),
            CalendarHold.Kind.MAIN,
            booking.startsAt().minus(buffers.before()),
            booking.endsAt().plus(buffers.after())),
        booking.photographerId());
    booking
        .backupStartsAt()
        .ifPresent(
            backup ->
                repository.hold(
                    new CalendarHold(
                        booking.photographerId(),
                        booking.id(),
                        CalendarHold.Kind.BACKUP,
                        backup.minus(buffers.before()),
                        backup
                            .plus(Duration.between(booking.startsAt(), booking.endsAt()))
                            .plus(buffers.after())),
                    booking.photographerId()));
  }

  /**
   * Refuses to let a booking go on when another booking of its photographer holds overlapping time
   * (whatever let both in); takes the calendar's lock so that the answer stays true until commit.
   */
  private void requireSlotStillOurs(Booking booking) {
    catalog.lockCalendar(booking.photographerId());
    if (repository.heldTimeOverlapsAnother(booking.id())) {
      throw new SlotTakenException();
    }
  }

  /**
   * The shoot's time changed: give back the old holds and take the new ones; {@code before} are the
   * dates the old ones touched ({@link #heldDates} before the change).
   */
  private void rehold(Booking booking, Set<LocalDate> before) {
    repository.release(booking.id(), CalendarHold.Kind.MAIN, CalendarHold.Kind.BACKUP);
    hold(booking);
    Set<LocalDate> dates = new HashSet<>(before);
    dates.addAll(heldDates(booking));
    searchInputs.fire(SearchInputsChanged.holds(tenant.require(), booking.photographerId(), dates));
  }

  /**
   * The dates whose search results a booking's holds can change: every date, in any time zone, that
   * the shoot or its backup date touches with its buffers — the UTC dates from two days before to
   * two days after (zones are at most 14 hours from UTC, buffers a few hours).
   */
  private static Set<LocalDate> heldDates(Booking booking) {
    Set<LocalDate> dates = new HashSet<>();
    Duration length = Duration.between(booking.startsAt(), booking.endsAt());
    List<Instant> starts = new ArrayList<>(List.of(booking.startsAt()));
    booking.backupStartsAt().ifPresent(starts::add);
    for (Instant start : starts) {
      LocalDate first = start.atZone(ZoneOffset.UTC).toLocalDate().minusDays(2);
      LocalDate last = start.plus(length).atZone(ZoneOffset.UTC).toLocalDate().plusDays(2);
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        dates.add(d);
      }
    }
    return dates;
  }

  private void scheduleTimers(Booking booking) {
    TenantView.BookingRules rules = currentTenant().rules();
    for (Transition timed : booking.status().timedTransitions()) {
      booking
          .dueAt(timed, rules.requestTtl(), rules.autoCompleteAfter())
          .ifPresent(
              due ->
                  jobs.schedule(
                      TIMER, booking.id() + " " + timed + " " + booking.timerStamp(), due));
    }
  }

  private record Party(Booking booking, Actor actor) {}

  private Party party(String userId, String bookingId) {
    UserView user = identity.user(userId);
    if (bookingId == null || bookingId.length() > 36) {
      throw new NotFoundException("booking");
    }
    Booking booking =
        repository.byId(bookingId).orElseThrow(() -> new NotFoundException("booking"));
    if (user.role() == Role.OPERATOR) {
      return new Party(booking, Actor.OPERATOR);
    }
    return booking
        .partyRole(user.id())
        .map(actor -> new Party(booking, actor))
        .orElseThrow(() -> new NotFoundException("booking"));
  }

  /**
   * The travel fee from the photographer's base to the shoot's place by the tenant's bands; 0
   * without a place, a base or bands. Beyond the last band is a field error.
   */
  private long travelFee(
      String photographerId, BookingRequest request, TenantView t, List<FieldError> errors) {
    if (request.latitude() == null && request.longitude() == null) {
      return 0;
    }
    if (request.latitude() == null
        || request.longitude() == null
        || !(Math.abs(request.latitude()) <= 90)
        || !(Math.abs(request.longitude()) <= 180)) {
      errors.add(new FieldError("latitude", "validation.point"));
      return 0;
    }
    var base = catalog.figures(photographerId);
    if (base.latitude() == null || base.longitude() == null) {
      return 0;
    }
    double km =
        io.shutterport.catalog.Geo.km(
            base.latitude(), base.longitude(), request.latitude(), request.longitude());
    var fee = TravelFee.parse(t.rules().travelFeeBands()).at(km);
    if (fee.isEmpty()) {
      errors.add(new FieldError("latitude", "validation.tooFar"));
      return 0;
    }
    return fee.get();
  }

  /** Adds a field error unless the photographer works then, with notice and inside the horizon. */
  private void requireAvailable(
      String photographerId,
      Instant start,
      Duration length,
      String field,
      List<FieldError> errors) {
    LocalDate day = start.atZone(ZoneId.of("UTC")).toLocalDate();
    if (!catalog
        .availability(photographerId, day.minusDays(1), day.plusDays(1))
        .fits(start, start.plus(length), Instant.now())) {
      errors.add(new FieldError(field, "validation.unavailable"));
    }
  }

  private static Duration duration(String text, String field, List<FieldError> errors) {
    try {
      Duration d = Duration.parse(text == null ? "" : text.strip());
      if (d.isNegative() || d.compareTo(Duration.ofDays(90)) > 0) {
        errors.add(new FieldError(field, "validation.duration"));
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "validation.duration"));
      return null;
    }
  }

  private static boolean userTransition(Transition t) {
    return switch (t) {
      case ACCEPT, DECLINE, CONFIRM, SHOOT, DELIVER, COMPLETE -> true;
      default -> false;
    };
  }

  private TenantView currentTenant() {
    return tenants.byId(tenant.require());
  }

  private static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static CancellationReason reason(String value) {
    if (value == null || value.isBlank()) {
      return CancellationReason.OTHER;
    }
    try {
      return CancellationReason.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("reason", "validation.reason");
    }
  }

  /** A start in the future, at most a year ahead, in the tenant's zone. */
  private static Instant startOf(
      String dateText, String timeText, ZoneId zone, String field, List<FieldError> errors) {
    LocalDate date;
    try {
      date = LocalDate.parse(dateText == null ? "" : dateText.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "validation.date"));
      return null;
    }
    LocalDate today = LocalDate.now(zone);
    if (!date.isAfter(today) || date.isAfter(today.plusYears(1))) {
      errors.add(new FieldError(field, "validation.dateRange"));
      return null;
    }
    LocalTime time = LocalTime.of(10, 0);
    if (timeText != null && !timeText.isBlank()) {
      try {
        time = LocalTime.parse(timeText.strip());
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("startTime", "validation.time"));
        return null;
      }
    }
    return ZonedDateTime.of(date, time, zone).toInstant();
  }
}
