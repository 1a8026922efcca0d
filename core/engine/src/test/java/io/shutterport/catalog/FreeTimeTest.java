package io.shutterport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.catalog.Availability.Busy;
import io.shutterport.catalog.Availability.Window;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Search's stored free time gives exactly the starts {@link Availability#slots} computes from
 * rules, holds, buffers and notice — checked on thousands of random days, holds crossing midnight
 * and windows at odd minutes included.
 */
class FreeTimeTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final LocalDate DAY = LocalDate.of(2030, 11, 17);

  @Test
  void piecesAreTheWindowsMinusHoldsWidenedByBuffers() {
    Instant start = DAY.atTime(10, 0).atZone(TOKYO).toInstant();
    FreeTime free =
        FreeTime.on(
            DAY,
            TOKYO,
            List.of(new Window(9 * 60, 18 * 60)),
            new Buffers(Duration.ofMinutes(30), Duration.ofMinutes(15)),
            List.of(new Busy(start, start.plus(Duration.ofHours(2)))));
    // [10:00, 12:00) held: nothing may end after 09:45 (its
    // after-buffer) or start before 12:30 (its before-buffer); starts stay on the 09:00 grid.
    assertThat(free.pieces())
        .containsExactly(new FreeTime.Piece(540, 540, 585), new FreeTime.Piece(540, 750, 18 * 60));
    assertThat(free.starts(60, 0, 1440, 0))
        .containsExactly(750, 780, 810, 840, 870, 900, 930, 960, 990, 1020);
    assertThat(FreeTime.decode(free.encode())).isEqualTo(free);
    assertThat(FreeTime.decode("")).isEqualTo(new FreeTime(List.of()));
  }

  @Test
  void startsEqualTheSlotsAvailabilityComputes() {
    Random random = new Random(18);
    for (int round = 0; round < 5_000; round++) {
      List<Window> windows = windows(random);
      Buffers buffers =
          new Buffers(
              Duration.ofMinutes(random.nextInt(5) * 15L),
              Duration.ofMinutes(random.nextInt(5) * 15L));
      List<Busy> holds = new ArrayList<>();
      for (int h = random.nextInt(4); h > 0; h--) {
        Instant from =
            DAY.atStartOfDay(TOKYO)
                .toInstant()
                .plus(Duration.ofMinutes(-180 + random.nextInt(1800)));
        holds.add(new Busy(from, from.plus(Duration.ofMinutes(30 + random.nextInt(300)))));
      }
      int length = 30 + random.nextInt(12) * 15;
      Instant now = DAY.atStartOfDay(TOKYO).toInstant().plusSeconds(random.nextInt(20 * 3600));
      Availability availability =
          new Availability(TOKYO, Map.of(), Map.of(DAY, windows), Duration.ZERO, 30, buffers);
      List<Integer> expected =
          availability
              .slots(DAY, DAY, Duration.ofMinutes(length), Duration.ofMinutes(30), holds, now)
              .stream()
              .map(i -> i.atZone(TOKYO).toLocalTime().toSecondOfDay() / 60)
              .sorted()
              .toList();
      int earliest =
          (int)
              -Math.floorDiv(
                  -Duration.between(DAY.atStartOfDay(TOKYO).toInstant(), now).toSeconds(), 60);
      int[] starts =
          FreeTime.decode(FreeTime.on(DAY, TOKYO, windows, buffers, holds).encode())
              .starts(length, 0, 1440, earliest);
      assertThat(starts)
          .as(
              "round %d: windows %s, holds %s, buffers %s, length %d",
              round, windows, holds, buffers, length)
          .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
      int from = random.nextInt(1440);
      int to = from + random.nextInt(1440 - from);
      FreeTime free = FreeTime.on(DAY, TOKYO, windows, buffers, holds);
      assertThat(free.starts(length, from, to, 0))
          .containsExactly(
              java.util.Arrays.stream(free.starts(length, 0, 1440, 0))
                  .filter(s -> s >= from && s <= to)
                  .toArray());
    }
  }

  /** Up to three windows that do not overlap, at any minute. */
  private static List<Window> windows(Random random) {
    List<Window> windows = new ArrayList<>();
    int cursor = random.nextInt(600);
    for (int w = random.nextInt(4); w > 0 && cursor < 1400; w--) {
      int end = Math.min(1440, cursor + 30 + random.nextInt(500));
      windows.add(new Window(cursor, end));
      cursor = end + random.nextInt(120);
    }
    java.util.Collections.shuffle(windows, random);
    return windows;
  }
}
