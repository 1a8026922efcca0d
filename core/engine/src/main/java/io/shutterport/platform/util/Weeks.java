package io.shutterport.platform.util;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The last {@code count} weeks of a marketplace's calendar, Monday-based in its zone, the current
 * one last: what weekly figures are counted in.
 *
 * @param first the first week's Monday
 * @param count how many weeks
 * @param zone the marketplace's zone
 */
public record Weeks(LocalDate first, int count, ZoneId zone) {

  /** The last {@code count} weeks (1–52) up to this one. */
  public static Weeks lastOf(int count, ZoneId zone) {
    int weeks = Math.max(1, Math.min(count, 52));
    return new Weeks(mondayOf(LocalDate.now(zone)).minusWeeks(weeks - 1L), weeks, zone);
  }

  public static LocalDate mondayOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** When the first week starts. */
  public Instant from() {
    return first.atStartOfDay(zone).toInstant();
  }

  /** When the last week ends. */
  public Instant to() {
    return first.plusWeeks(count).atStartOfDay(zone).toInstant();
  }

  /** The Monday of week {@code index} (0 first). */
  public LocalDate monday(int index) {
    return first.plusWeeks(index);
  }

  /** Which week an instant falls in (0 first); outside the weeks when below 0 or ≥ count. */
  public int indexOf(Instant at) {
    return (int) Math.floorDiv(ChronoUnit.DAYS.between(first, at.atZone(zone).toLocalDate()), 7);
  }
}
