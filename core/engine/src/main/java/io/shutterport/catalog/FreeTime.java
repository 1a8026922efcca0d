package io.shutterport.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A photographer's free time on one date, as search reads it: the pieces of their windows that no
 * hold touches once widened by their buffers, each with the start of the window it came from
 * (starts are offered every {@value #STEP} minutes from there). Search counts a plan's free starts
 * from it without looking at bookings; it is kept in {@code search_day} for the dates that differ
 * from the weekly rules (an exception or a hold) and is the weekday's windows whole on other dates
 * (docs/matching.md).
 *
 * @param pieces free pieces, by start
 */
public record FreeTime(List<Piece> pieces) {
  /** Minutes between two offered starts. */
  public static final int STEP = 30;

  /**
   * Free minutes [start, end) of a date inside a window that starts at {@code anchor}.
   *
   * @param anchor the window's first minute: starts are anchor + k × {@value #STEP}
   * @param start first free minute
   * @param end first minute no longer free
   */
  public record Piece(int anchor, int start, int end) {}

  public FreeTime {
    pieces = List.copyOf(pieces);
  }

  /** A date with nothing held: its windows whole. */
  public static FreeTime whole(List<Availability.Window> windows) {
    return on(LocalDate.EPOCH, java.time.ZoneOffset.UTC, windows, NO_BUFFERS, List.of());
  }

  private static final Buffers NO_BUFFERS = new Buffers(Duration.ZERO, Duration.ZERO);

  /**
   * The free time of {@code date} in {@code zone}: {@code windows} (the date's exception or its
   * weekday's) minus every hold, each widened by the buffers a new shoot keeps from it — a start s
   * of length L is free when [s − before, s + L + after) misses the hold, that is when [s, s + L)
   * misses [hold start − after, hold end + before).
   */
  public static FreeTime on(
      LocalDate date,
      ZoneId zone,
      List<Availability.Window> windows,
      Buffers buffers,
      List<Availability.Busy> holds) {
    Instant dayStart = date.atStartOfDay(zone).toInstant();
    List<int[]> blocked = new ArrayList<>(holds.size());
    for (Availability.Busy hold : holds) {
      long from = Duration.between(dayStart, hold.start().minus(buffers.after())).toSeconds();
      long to = Duration.between(dayStart, hold.end().plus(buffers.before())).toSeconds();
      if (to <= 0 || from >= 24 * 3600) {
        continue;
      }
      blocked.add(
          new int[] {
            (int) Math.max(-1, Math.floorDiv(from, 60)), (int) Math.min(1441, ceilDiv(to, 60))
          });
    }
    blocked.sort(Comparator.comparingInt(b -> b[0]));
    List<Piece> pieces = new ArrayList<>();
    for (Availability.Window w : windows) {
      int cursor = w.startMinute();
      for (int[] b : blocked) {
        if (b[1] <= cursor || b[0] >= w.endMinute()) {
          continue;
        }
        if (b[0] > cursor) {
          pieces.add(new Piece(w.startMinute(), cursor, b[0]));
        }
        cursor = Math.max(cursor, b[1]);
        if (cursor >= w.endMinute()) {
          break;
        }
      }
      if (cursor < w.endMinute()) {
        pieces.add(new Piece(w.startMinute(), cursor, w.endMinute()));
      }
    }
    pieces.sort(Comparator.comparingInt(Piece::start));
    return new FreeTime(pieces);
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /**
   * The free starts of a shoot of {@code length} minutes between {@code from} and {@code to}
   * (inclusive) and not before {@code earliest}, in minutes of the date, ascending.
   */
  public int[] starts(int length, int from, int to, int earliest) {
    int[] found = new int[16];
    int n = 0;
    int lowest = Math.max(from, earliest);
    for (Piece p : pieces) {
      int first = Math.max(p.start(), lowest);
      int s = p.anchor() + ceilDivInt(Math.max(0, first - p.anchor()), STEP) * STEP;
      for (; s + length <= p.end() && s <= to; s += STEP) {
        if (n == found.length) {
          found = java.util.Arrays.copyOf(found, n * 2);
        }
        found[n++] = s;
      }
    }
    return java.util.Arrays.copyOf(found, n);
  }

  private static int ceilDivInt(int a, int b) {
    return (a + b - 1) / b;
  }

  /** The stored form: {@code anchor:start-end} per piece, comma-separated; empty when none. */
  public String encode() {
    StringBuilder text = new StringBuilder();
    for (Piece p : pieces) {
      if (!text.isEmpty()) {
        text.append(',');
      }
      text.append(p.anchor()).append(':').append(p.start()).append('-').append(p.end());
    }
    return text.toString();
  }

  /** Reads {@link #encode}'s form. */
  public static FreeTime decode(String text) {
    if (text == null || text.isEmpty()) {
      return new FreeTime(List.of());
    }
    List<Piece> pieces = new ArrayList<>();
    for (String piece : text.split(",")) {
      int colon = piece.indexOf(':');
      int dash = piece.indexOf('-', colon);
      pieces.add(
          new Piece(
              Integer.parseInt(piece, 0, colon, 10),
              Integer.parseInt(piece, colon + 1, dash, 10),
              Integer.parseInt(piece, dash + 1, piece.length(), 10)));
    }
    return new FreeTime(pieces);
  }
}
