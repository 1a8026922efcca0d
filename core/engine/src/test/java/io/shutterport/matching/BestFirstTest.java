package io.shutterport.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.catalog.Candidate;
import io.shutterport.catalog.PlanView;
import io.shutterport.spi.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A page taken from a heap is the same page a full sort gives, ties and all. */
class BestFirstTest {
  @Test
  void theBestNAreTheFirstNOfAFullSort() {
    Random random = new Random(18);
    for (int round = 0; round < 200; round++) {
      List<MatchingService.Scored> scored = new ArrayList<>();
      int size = random.nextInt(300);
      for (int i = 0; i < size; i++) {
        // few distinct scores and prices: ties decided by price, then by photographer (one each)
        scored.add(
            scored(
                "p" + (i * 7919 % 1009) + "-" + random.nextInt(10),
                random.nextInt(5) / 4.0,
                10_000 + 1_000L * random.nextInt(3)));
      }
      List<MatchingService.Scored> sorted = new ArrayList<>(scored);
      sorted.sort(
          Comparator.comparingDouble(MatchingService.Scored::score)
              .reversed()
              .thenComparing((MatchingService.Scored s) -> s.candidate().plan().price())
              .thenComparing(s -> s.candidate().photographerId()));
      int n = random.nextInt(60);
      assertThat(MatchingService.best(scored, n))
          .as("round %d: %d of %d", round, n, size)
          .containsExactlyElementsOf(sorted.subList(0, Math.min(n, size)));
    }
  }

  private static MatchingService.Scored scored(String photographerId, double score, long price) {
    PlanView plan =
        new PlanView(
            "plan-" + photographerId,
            photographerId,
            "family",
            "plan",
            60,
            Money.of(price, "JPY"),
            50,
            "standard",
            14,
            null,
            null,
            null,
            null,
            false,
            null);
    Candidate candidate =
        new Candidate(
            photographerId,
            "name",
            "tokyo",
            "city",
            null,
            null,
            20,
            List.of("ja"),
            0,
            0,
            0,
            0,
            plan,
            null);
    return new MatchingService.Scored(candidate, score, null, null, new int[0]);
  }
}
