package io.shutterport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.catalog.Availability.Busy;
import io.shutterport.catalog.Availability.Window;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Slots = weekly rules + date exceptions − bookings, with buffers, notice and horizon. */
class AvailabilityTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final LocalDate SUNDAY = LocalDate.of(2030, 11, 17);
  private static final Instant NOW = SUNDAY.minusDays(30).atStartOfDay(TOKYO).toInstant();
  private static final Duration HOUR = Duration.ofHours(1);

  private static Availability sundays(Map<LocalDate, List<Window>> exceptions, Buffers buffers) {
    return new Availability(
        TOKYO,
        Map.of(DayOfWeek.SUNDAY, List.of(new Window(9 * 60, 12 * 60))),
        exceptions,
        Duration.ofHours(24),
        60,
        buffers);
  }

  private static Instant at(LocalDate date, int hour, int minute) {
    return date.atTime(LocalTime.of(hour, minute)).atZone(TOKYO).toInstant();
  }

  private static List<String> times(List<Instant> slots) {
    return slots.stream().map(i -> i.atZone(TOKYO).toLocalTime().toString()).toList();
  }

  @Test
  void weeklyRulesGiveSlotsInThePhotographersZone() {
    var slots =
        sundays(Map.of(), new Buffers(Duration.ZERO, Duration.ZERO))
            .slots(SUNDAY.minusDays(1), SUNDAY, HOUR, Duration.ofMinutes(30), List.of(), NOW);
    assertThat(times(slots)).containsExactly("09:00", "09:30", "10:00", "10:30", "11:00");
  }

  @Test
  void bookingsAndTheirBuffersTakeSlotsAway() {
    var busy = List.of(new Busy(at(SUNDAY, 10, 0), at(SUNDAY, 11, 0)));
    var slots =
        sundays(Map.of(), new Buffers(Duration.ofMinutes(30), Duration.ZERO))
            .slots(SUNDAY, SUNDAY, HOUR, Duration.ofMinutes(30), busy, NOW);
    // 09:00–10:00 touches the booking's start; with 30 min before-buffer a shoot at 11:00 would
    // start its buffer at 10:30, inside the booking.
    assertThat(times(slots)).containsExactly("09:00");
  }

  @Test
  void anExceptionClosesADateOrReplacesItsWindows() {
    var closed = sundays(Map.of(SUNDAY, List.of()), new Buffers(Duration.ZERO, Duration.ZERO));
    assertThat(closed.slots(SUNDAY, SUNDAY, HOUR, HOUR, List.of(), NOW)).isEmpty();
    var evening =
        sundays(
            Map.of(SUNDAY, List.of(new Window(16 * 60, 18 * 60))),
            new Buffers(Duration.ZERO, Duration.ZERO));
    assertThat(times(evening.slots(SUNDAY, SUNDAY, HOUR, HOUR, List.of(), NOW)))
        .containsExactly("16:00", "17:00");
  }

  @Test
  void noticeAndHorizonBoundWhatFits() {
    var availability = sundays(Map.of(), new Buffers(Duration.ZERO, Duration.ZERO));
    Instant start = at(SUNDAY, 9, 0);
    assertThat(availability.fits(start, start.plus(HOUR), NOW)).isTrue();
    assertThat(availability.fits(start, start.plus(HOUR), start.minus(Duration.ofHours(23))))
        .as("less than 24 h notice")
        .isFalse();
    assertThat(availability.fits(start, start.plus(HOUR), start.minus(Duration.ofDays(61))))
        .as("beyond the 60-day horizon")
        .isFalse();
    assertThat(availability.fits(at(SUNDAY, 11, 30), at(SUNDAY, 12, 30), NOW))
        .as("runs past the window")
        .isFalse();
    assertThat(availability.fits(at(SUNDAY.plusDays(1), 9, 0), at(SUNDAY.plusDays(1), 10, 0), NOW))
        .as("Monday has no window")
        .isFalse();
  }

  @Test
  void overlappingWindowsAreDetected() {
    assertThat(Availability.overlapping(List.of(new Window(540, 720), new Window(700, 800))))
        .isTrue();
    assertThat(Availability.overlapping(List.of(new Window(540, 720), new Window(720, 800))))
        .isFalse();
  }
}
