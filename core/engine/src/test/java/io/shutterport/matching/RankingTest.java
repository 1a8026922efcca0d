package io.shutterport.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shutterport.spi.Money;
import org.junit.jupiter.api.Test;

/** The documented score: weights, Bayesian rating, response rate, price fit, distance. */
class RankingTest {
  @Test
  void weightsRoundTripAndRefuseNonsense() {
    RankingWeights w = RankingWeights.parse(RankingWeights.DEFAULT);
    assertThat(RankingWeights.parse(w.format())).isEqualTo(w);
    assertThatThrownBy(() -> RankingWeights.parse("distance=-1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RankingWeights.parse("beauty=10"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RankingWeights.parse("distance=0"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scoreIsTheWeightedMeanOfTheFactors() {
    RankingWeights w =
        RankingWeights.parse("distance=1,availability=1,rating=2,response=0,price=0");
    assertThat(w.score(new Factors(1, 0, 0.5, 1, 1)))
        .isCloseTo((1 + 0 + 2 * 0.5) / 4, within(1e-9));
  }

  @Test
  void relevanceCountsOnlyWithAKeywordAndWeighsTwentyUnlessWritten() {
    RankingWeights saved =
        RankingWeights.parse("distance=1,availability=1,rating=2,response=0,price=0");
    assertThat(saved.relevance()).isEqualTo(RankingWeights.DEFAULT_RELEVANCE);
    assertThat(saved.score(new Factors(1, 0, 0.5, 1, 1, null)))
        .as("without a keyword the score is what it was")
        .isCloseTo((1 + 0 + 2 * 0.5) / 4, within(1e-9));
    assertThat(saved.score(new Factors(1, 0, 0.5, 1, 1, 1.0)))
        .isCloseTo((1 + 0 + 2 * 0.5 + 20) / 24, within(1e-9));
    RankingWeights none = RankingWeights.parse("rating=1,relevance=0");
    assertThat(none.score(new Factors(0, 0, 0.5, 0, 0, 1.0))).isCloseTo(0.5, within(1e-9));
    assertThat(RankingWeights.parse(none.format())).isEqualTo(none);
  }

  @Test
  void aFewPerfectReviewsDoNotBeatManyGoodOnes() {
    assertThat(Factors.bayesianRating(0, 0)).isEqualTo(Factors.PRIOR_MEAN);
    double twoFives = Factors.bayesianRating(2, 10);
    double fiftyFours = Factors.bayesianRating(50, 230); // 4.6 average
    assertThat(twoFives).isLessThan(fiftyFours);
  }

  @Test
  void responseRateHasAPriorOfOneInTwo() {
    assertThat(Factors.responseRate(0, 0)).isEqualTo(0.5);
    assertThat(Factors.responseRate(10, 10)).isCloseTo(11.0 / 12, within(1e-9));
  }

  @Test
  void priceFitsBestWellUnderTheBudget() {
    Money budget = Money.of(40_000, "JPY");
    assertThat(MatchingService.priceFit(Money.of(20_000, "JPY"), budget)).isEqualTo(1.0);
    assertThat(MatchingService.priceFit(Money.of(34_000, "JPY"), budget))
        .isCloseTo(0.5, within(1e-9));
    assertThat(MatchingService.priceFit(Money.of(40_000, "JPY"), budget)).isEqualTo(0.0);
    assertThat(MatchingService.priceFit(Money.of(40_000, "JPY"), null)).isEqualTo(0.5);
  }

  @Test
  void distanceIsGreatCircle() {
    // Kyoto Station to Osaka Station is about 43 km.
    assertThat(io.shutterport.catalog.Geo.km(34.9858, 135.7588, 34.7025, 135.4959))
        .isCloseTo(40, within(5.0));
  }
}
