package io.shutterport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.spi.Money;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index answers as the database's candidate statement did: per photographer their
 * cheapest listing passing the filters, cheapest first — checked against a plain filter of all
 * listings — and stays equal to an index built afresh after photographers are read again.
 */
class ListingIndexTest {
  private static final String[] PREFECTURES = {"tokyo", "kyoto", "osaka"};
  private static final String[] CATEGORIES = {"shichigosan", "wedding", "pets"};

  @Test
  void matchesAPlainFilterOfEveryListing() {
    Random r = new Random(42);
    List<Candidate> all = listings(r, 300, "");
    ListingIndex index = new ListingIndex(all, Map.of());
    for (int round = 0; round < 300; round++) {
      CandidateQuery q = query(r);
      Set<String> banned = new HashSet<>();
      for (int i = 0; i < 40; i++) {
        banned.add("p" + r.nextInt(300));
      }
      List<Candidate> expected = reference(all, q, banned);
      assertThat(index.cheapestMatching(q, c -> !banned.contains(c.photographerId())))
          .as("round %d", round)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void readingPhotographersAgainEqualsBuildingAfresh() {
    Random r = new Random(7);
    List<Candidate> all = new ArrayList<>(listings(r, 200, ""));
    ListingIndex index = new ListingIndex(all, Map.of());
    for (int round = 0; round < 100; round++) {
      Set<String> changed = new HashSet<>();
      for (int i = 0; i < 1 + r.nextInt(3); i++) {
        changed.add("p" + r.nextInt(200));
      }
      List<Candidate> read = new ArrayList<>();
      for (Candidate c : all) {
        if (changed.contains(c.photographerId())) {
          read.add(
              r.nextBoolean() // figures only, or a new price and place
                  ? withFigures(c, c.ratingCount() + 1)
                  : listing(c.photographerId(), c.plan().id(), r, PREFECTURES[r.nextInt(3)], "x"));
        }
      }
      if (r.nextInt(5) == 0) {
        read.remove(read.size() - 1); // a plan withdrawn
      }
      all.removeIf(c -> changed.contains(c.photographerId()));
      all.addAll(read);
      index = index.with(changed, read, Map.of());
      ListingIndex fresh = new ListingIndex(all, Map.of());
      CandidateQuery q = query(r);
      assertThat(index.cheapestMatching(q, c -> true))
          .as("round %d", round)
          .containsExactlyElementsOf(fresh.cheapestMatching(q, c -> true));
      assertThat(index.size()).isEqualTo(all.size());
    }
  }

  @Test
  void weeklyWindowsAreReplacedOnlyForThoseReadAgain() {
    Map<Integer, List<Availability.Window>> mondays =
        Map.of(1, List.of(new Availability.Window(540, 1020)));
    ListingIndex index = new ListingIndex(List.of(), Map.of("a", mondays, "b", mondays));
    ListingIndex next =
        index.with(
            Set.of("a", "b"),
            List.of(),
            Map.of("a", Map.of(2, List.of(new Availability.Window(600, 660)))));
    assertThat(next.weekly("a", 1)).isEmpty();
    assertThat(next.weekly("a", 2)).containsExactly(new Availability.Window(600, 660));
    assertThat(next.weekly("b", 1)).containsExactly(new Availability.Window(540, 1020));
    assertThat(index.with(Set.of("b"), List.of(), Map.of("b", Map.of())).weekly("b", 1)).isEmpty();
  }

  private static List<Candidate> reference(
      List<Candidate> all, CandidateQuery q, Set<String> banned) {
    List<Candidate> sorted = new ArrayList<>(all);
    sorted.sort(
        Comparator.comparingLong((Candidate c) -> c.plan().price().minorUnits())
            .thenComparing(c -> c.plan().id()));
    Map<String, Candidate> first = new java.util.LinkedHashMap<>();
    for (Candidate c : sorted) {
      boolean passes =
          (q.categoryId() == null || q.categoryId().equals(c.plan().categoryId()))
              && (q.prefecture() == null || q.prefecture().equals(c.prefecture()))
              && (q.city() == null || q.city().equals(c.city()))
              && (q.maxPriceMinor() == null || c.plan().price().minorUnits() <= q.maxPriceMinor())
              && (q.language() == null || c.languages().contains(q.language()))
              && (q.minRating() == null
                  || (c.ratingCount() > 0 && c.ratingSum() >= q.minRating() * c.ratingCount()))
              && (q.box() == null
                  || (c.latitude() != null
                      && c.latitude() >= q.box()[0]
                      && c.latitude() <= q.box()[1]
                      && c.longitude() >= q.box()[2]
                      && c.longitude() <= q.box()[3]))
              && !banned.contains(c.photographerId());
      if (passes) {
        first.putIfAbsent(c.photographerId(), c);
      }
    }
    return List.copyOf(first.values());
  }

  private static CandidateQuery query(Random r) {
    return new CandidateQuery(
        r.nextBoolean() ? CATEGORIES[r.nextInt(3)] : null,
        r.nextBoolean() ? PREFECTURES[r.nextInt(3)] : null,
        r.nextInt(4) == 0 ? "c" + r.nextInt(3) : null,
        r.nextInt(4) == 0 ? new double[] {34.5, 35.5, 135, 139} : null,
        r.nextInt(3) == 0 ? (long) (10_000 + r.nextInt(40_000)) : null,
        r.nextInt(4) == 0 ? "en" : null,
        r.nextInt(4) == 0 ? 3.5 + r.nextInt(3) * 0.5 : null,
        Keyword.NONE);
  }

  private static List<Candidate> listings(Random r, int photographers, String suffix) {
    List<Candidate> all = new ArrayList<>();
    for (int p = 0; p < photographers; p++) {
      String prefecture = PREFECTURES[r.nextInt(3)];
      for (int k = 0; k < 1 + r.nextInt(3); k++) {
        all.add(
            listing("p" + p, "plan-" + p + "-" + k + suffix, r, prefecture, "c" + r.nextInt(3)));
      }
    }
    return all;
  }

  private static Candidate listing(
      String photographerId, String planId, Random r, String prefecture, String city) {
    int count = r.nextInt(5);
    boolean located = r.nextInt(5) > 0;
    return new Candidate(
        photographerId,
        "name " + photographerId,
        prefecture,
        city,
        located ? 34 + r.nextDouble() * 2 : null,
        located ? 134 + r.nextDouble() * 6 : null,
        30,
        r.nextBoolean() ? List.of("ja") : List.of("ja", "en"),
        count,
        count * (1 + r.nextInt(5)),
        10,
        5,
        new PlanView(
            planId,
            photographerId,
            CATEGORIES[r.nextInt(3)],
            "title",
            60,
            Money.of(10_000 + 1_000L * r.nextInt(40), "JPY"),
            10,
            "standard",
            14,
            null,
            null,
            null,
            null,
            false,
            null),
        new Candidate.Schedule(
            ZoneId.of("Asia/Tokyo"),
            Duration.ofHours(24),
            180,
            new Buffers(Duration.ZERO, Duration.ZERO)));
  }

  private static Candidate withFigures(Candidate c, int ratingCount) {
    return new Candidate(
        c.photographerId(),
        c.displayName(),
        c.prefecture(),
        c.city(),
        c.latitude(),
        c.longitude(),
        c.travelRadiusKm(),
        c.languages(),
        ratingCount,
        c.ratingSum() + 4,
        c.requestsReceived() + 1,
        c.requestsAnswered(),
        c.plan(),
        c.schedule());
  }
}
