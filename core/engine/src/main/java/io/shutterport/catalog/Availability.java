package io.shutterport.catalog;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When a photographer can be booked: weekly windows, dates that differ, how much notice they need
 * and how far ahead they take bookings, all in their own time zone. Bookable slots are these
 * windows minus the time their bookings hold ({@link #slots}).
 *
 * @param zone the photographer's time zone
 * @param weekly windows per weekday
 * @param exceptions windows per date that replace the weekday's; an empty list closes the date
 * @param minNotice the least time between booking and shoot
 * @param horizonDays how many days ahead bookings are taken
 * @param buffers time kept free around every shoot
 */
public record Availability(
    ZoneId zone,
    Map<DayOfWeek, List<Window>> weekly,
    Map<LocalDate, List<Window>> exceptions,
    Duration minNotice,
    int horizonDays,
    Buffers buffers) {

  /** A stretch of a day, in minutes since midnight: [start, end). */
  public record Window(int startMinute, int endMinute) {
    public Window {
      if (startMinute < 0 || endMinute > 1440 || startMinute >= endMinute) {
        throw new IllegalArgumentException("not a window: " + startMinute + "-" + endMinute);
      }
    }

    /** Parses {@code HH:mm}; 24:00 is the end of the day. */
    public static int minuteOf(String hhmm) {
      if ("24:00".equals(hhmm)) {
        return 1440;
      }
      LocalTime t = LocalTime.parse(hhmm);
      return t.getHour() * 60 + t.getMinute();
    }

    public static String format(int minute) {
      return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    boolean overlaps(Window other) {
      return startMinute < other.endMinute && other.startMinute < endMinute;
    }
  }

  /** A time range already taken, buffers included: [start, end). */
  public record Busy(Instant start, Instant end) {}

  /** The windows of a date: its exception if it has one, else its weekday's. */
  public List<Window> windowsOn(LocalDate date) {
    List<Window> special = exceptions.get(date);
    return special != null ? special : weekly.getOrDefault(date.getDayOfWeek(), List.of());
  }

  /**
   * Whether a shoot from {@code start} to {@code end} lies inside one window of its date, with
   * enough notice and inside the horizon, as of {@code now}.
   */
  public boolean fits(Instant start, Instant end, Instant now) {
    if (start.isBefore(now.plus(minNotice))) {
      return false;
    }
    ZonedDateTime local = start.atZone(zone);
    LocalDate date = local.toLocalDate();
    if (date.isAfter(now.atZone(zone).toLocalDate().plusDays(horizonDays))) {
      return false;
    }
    int from = local.getHour() * 60 + local.getMinute();
    long length = Duration.between(start, end).toMinutes();
    return windowsOn(date).stream()
        .anyMatch(w -> from >= w.startMinute() && from + length <= w.endMinute());
  }

  /**
   * The starts, every {@code step}, of shoots of {@code length} that fit ({@link #fits}) and whose
   * time with buffers overlaps nothing busy, from {@code first} to {@code last} (dates in the
   * photographer's zone).
   */
  public List<Instant> slots(
      LocalDate first,
      LocalDate last,
      Duration length,
      Duration step,
      List<Busy> busy,
      Instant now) {
    List<Instant> found = new ArrayList<>();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      for (Window window : windowsOn(date)) {
        for (int minute = window.startMinute();
            minute + length.toMinutes() <= window.endMinute();
            minute += (int) step.toMinutes()) {
          Instant start = date.atStartOfDay(zone).plusMinutes(minute).toInstant();
          Instant end = start.plus(length);
          if (fits(start, end, now) && free(start, end, busy)) {
            found.add(start);
          }
        }
      }
    }
    return found;
  }

  private boolean free(Instant start, Instant end, List<Busy> busy) {
    Instant from = start.minus(buffers.before());
    Instant to = end.plus(buffers.after());
    return busy.stream().noneMatch(b -> b.start().isBefore(to) && from.isBefore(b.end()));
  }

  /** Whether windows of one list overlap each other (a photographer's rules must not). */
  public static boolean overlapping(List<Window> windows) {
    for (int i = 0; i < windows.size(); i++) {
      for (int j = i + 1; j < windows.size(); j++) {
        if (windows.get(i).overlaps(windows.get(j))) {
          return true;
        }
      }
    }
    return false;
  }
}
