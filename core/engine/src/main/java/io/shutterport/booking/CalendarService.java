package io.shutterport.booking;

import io.shutterport.booking.domain.Booking;
import io.shutterport.booking.domain.BookingStatus;
import io.shutterport.booking.domain.CalendarHold;
import io.shutterport.booking.infrastructure.BookingRepository;
import io.shutterport.catalog.Availability;
import io.shutterport.catalog.CatalogService;
import io.shutterport.catalog.PlanView;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.ShutterportException.FieldError;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A photographer's calendar: the slots customers can book, and a feed of their bookings. */
@ApplicationScoped
public class CalendarService {
  private static final int MAX_DAYS = 31;
  private static final int STUDIO_DAYS = 62;
  private static final Duration STEP = Duration.ofMinutes(30);
  private static final DateTimeFormatter ICS_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Inject BookingRepository repository;
  @Inject CatalogService catalog;
  @Inject TenantService tenants;
  @Inject TenantContext tenant;
  @Inject IdentityService identity;

  /**
   * The free starts of a plan, per date in the photographer's zone, between two dates (at most 31
   * days): their windows minus what their bookings hold, with notice and horizon.
   */
  @Transactional
  public Map<String, List<String>> slots(String planId, String from, String to) {
    PlanView plan = catalog.plan(planId == null || planId.length() > 36 ? "" : planId);
    List<FieldError> errors = new ArrayList<>();
    LocalDate first = date(from, "from", errors);
    LocalDate last = date(to, "to", errors);
    if (first != null
        && last != null
        && (last.isBefore(first) || first.plusDays(MAX_DAYS).isBefore(last))) {
      errors.add(new FieldError("to", "validation.slotRange"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Availability availability = catalog.availability(plan.photographerId(), first, last);
    Instant windowStart = first.minusDays(1).atStartOfDay(availability.zone()).toInstant();
    Instant windowEnd = last.plusDays(2).atStartOfDay(availability.zone()).toInstant();
    List<Availability.Busy> busy =
        repository.holdsOf(plan.photographerId(), windowStart, windowEnd).stream()
            .map(h -> new Availability.Busy(h.startsAt(), h.endsAt()))
            .toList();
    Map<String, List<String>> slots = new LinkedHashMap<>();
    for (Instant start :
        availability.slots(
            first, last, Duration.ofMinutes(plan.durationMinutes()), STEP, busy, Instant.now())) {
      var local = start.atZone(availability.zone());
      slots
          .computeIfAbsent(local.toLocalDate().toString(), d -> new ArrayList<>())
          .add(local.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString());
    }
    return slots;
  }

  /**
   * The caller's own calendar between two dates of their zone (at most 62 days, the width of the
   * studio's month view): open hours, and every shoot and backup date their bookings hold.
   */
  @Transactional
  public StudioCalendar mine(String userId, String from, String to) {
    identity.requireRole(userId, Role.PHOTOGRAPHER);
    List<FieldError> errors = new ArrayList<>();
    LocalDate first = date(from, "from", errors);
    LocalDate last = date(to, "to", errors);
    if (first != null
        && last != null
        && (last.isBefore(first) || first.plusDays(STUDIO_DAYS).isBefore(last))) {
      errors.add(new FieldError("to", "validation.calendarRange"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (!catalog.hasProfile(userId)) {
      throw InvalidInputException.of("profile", "validation.profileFirst");
    }
    Availability availability = catalog.availability(userId, first, last);
    ZoneId zone = availability.zone();
    List<StudioCalendar.Open> open = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      for (Availability.Window window : availability.windowsOn(day)) {
        LocalDateTime midnight = day.atStartOfDay();
        open.add(
            new StudioCalendar.Open(
                midnight.plusMinutes(window.startMinute()),
                midnight.plusMinutes(window.endMinute())));
      }
    }
    List<CalendarHold> holds =
        repository.holdsOf(
            userId,
            first.atStartOfDay(zone).toInstant(),
            last.plusDays(1).atStartOfDay(zone).toInstant());
    Map<String, Booking> bookings = new java.util.HashMap<>();
    for (Booking booking :
        repository.byIds(holds.stream().map(CalendarHold::bookingId).distinct().toList())) {
      bookings.put(booking.id(), booking);
    }
    List<StudioCalendar.Entry> entries = new ArrayList<>();
    for (CalendarHold hold : holds) {
      Booking booking = bookings.get(hold.bookingId());
      if (booking != null) {
        entries.add(
            new StudioCalendar.Entry(
                booking.id(),
                booking.reference(),
                booking.status().name(),
                hold.kind() == CalendarHold.Kind.BACKUP,
                LocalDateTime.ofInstant(hold.startsAt(), zone),
                LocalDateTime.ofInstant(hold.endsAt(), zone)));
      }
    }
    return new StudioCalendar(zone.getId(), open, entries);
  }

  /** What several photographers' bookings hold between two instants; one query. */
  @Transactional
  public Map<String, List<Availability.Busy>> busy(
      java.util.Collection<String> photographerIds, Instant from, Instant to) {
    Map<String, List<Availability.Busy>> busy = new java.util.HashMap<>();
    if (photographerIds.isEmpty()) {
      return busy;
    }
    for (BookingRepository.HoldTime h : repository.holdTimes(photographerIds, from, to)) {
      busy.computeIfAbsent(h.photographerId(), k -> new ArrayList<>())
          .add(new Availability.Busy(h.start(), h.end()));
    }
    return busy;
  }

  /**
   * The photographer's bookings that hold time, from 30 days back, as an iCalendar (RFC 5545) feed.
   * The URL's secret is the only key: calendar apps cannot sign in.
   */
  @Transactional
  public String feed(String calendarToken) {
    String photographerId = catalog.photographerOfCalendar(calendarToken);
    String name = tenants.byId(tenant.require()).name();
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Shutterport//Bookings//EN");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "METHOD:PUBLISH");
    line(ics, "X-WR-CALNAME:" + text(name));
    String stamp = ICS_TIME.format(Instant.now());
    for (Booking booking :
        repository.holdingOf(photographerId, Instant.now().minus(Duration.ofDays(30)), 2000)) {
      Duration length = Duration.between(booking.startsAt(), booking.endsAt());
      event(ics, booking, CalendarHold.Kind.MAIN, booking.startsAt(), length, stamp, name);
      booking
          .backupStartsAt()
          .ifPresent(b -> event(ics, booking, CalendarHold.Kind.BACKUP, b, length, stamp, name));
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  private static void event(
      StringBuilder ics,
      Booking booking,
      CalendarHold.Kind kind,
      Instant start,
      Duration length,
      String stamp,
      String marketplace) {
    line(ics, "BEGIN:VEVENT");
    line(ics, "UID:" + booking.id() + "-" + kind.name().toLowerCase() + "@shutterport");
    line(ics, "DTSTAMP:" + stamp);
    line(ics, "DTSTART:" + ICS_TIME.format(start));
    line(ics, "DTEND:" + ICS_TIME.format(start.plus(length)));
    String summary =
        booking.reference() + (kind == CalendarHold.Kind.BACKUP ? " (予備日 backup)" : "");
    line(ics, "SUMMARY:" + text(summary + " — " + marketplace));
    line(
        ics, "STATUS:" + (booking.status() == BookingStatus.REQUESTED ? "TENTATIVE" : "CONFIRMED"));
    line(ics, "END:VEVENT");
  }

  /** Escapes iCalendar TEXT. */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r", "")
        .replace("\n", "\\n");
  }

  /** Appends a content line, folded at 75 octets as RFC 5545 asks. */
  static void line(StringBuilder ics, String content) {
    byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (bytes.length <= 75) {
      ics.append(content).append("\r\n");
      return;
    }
    StringBuilder current = new StringBuilder();
    int octets = 0;
    boolean first = true;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      int size = ch.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      int limit = first ? 75 : 74; // continuation lines start with a space
      if (octets + size > limit) {
        ics.append(first ? "" : " ").append(current).append("\r\n");
        current.setLength(0);
        octets = 0;
        first = false;
      }
      current.append(ch);
      octets += size;
      i += Character.charCount(cp);
    }
    ics.append(first ? "" : " ").append(current).append("\r\n");
  }

  private static LocalDate date(String value, String field, List<FieldError> errors) {
    try {
      return LocalDate.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "validation.date"));
      return null;
    }
  }
}
