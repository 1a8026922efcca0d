package io.shutterport.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shutterport.spi.Money;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CancellationPolicyTest {
  private static final CancellationPolicy POLICY =
      CancellationPolicy.parse(CancellationPolicy.DEFAULT);
  private static final Instant START = Instant.parse("2030-11-15T01:00:00Z");
  private static final Money PRICE = Money.of(33_000, "JPY");

  @ParameterizedTest(name = "{0} h before → {1}%")
  @CsvSource({
    "500, 0", "168, 0", "167, 20", "72, 20", "71, 50", "24, 50", "23, 100", "0, 100", "-5, 100"
  })
  void feeFollowsTheTiers(long hoursBefore, int percent) {
    assertThat(POLICY.feePercent(START, START.minus(Duration.ofHours(hoursBefore))))
        .isEqualTo(percent);
  }

  @Test
  void aCustomerCancellingInsideTheFeeWindowGetsThePartialRefund() {
    var outcome =
        POLICY.outcome(
            PRICE,
            PRICE,
            START,
            START.minus(Duration.ofHours(48)),
            Actor.CUSTOMER,
            CancellationReason.CHANGE_OF_PLANS,
            false);
    assertThat(outcome.fee()).isEqualTo(Money.of(16_500, "JPY"));
    assertThat(outcome.refund()).isEqualTo(Money.of(16_500, "JPY"));
    assertThat(outcome.credit().minorUnits()).isZero();
  }

  @Test
  void exemptReasonsCostNothing() {
    var outcome =
        POLICY.outcome(
            PRICE,
            PRICE,
            START,
            START.minus(Duration.ofHours(2)),
            Actor.CUSTOMER,
            CancellationReason.CHILD_ILLNESS,
            false);
    assertThat(outcome.fee().minorUnits()).isZero();
    assertThat(outcome.refund()).isEqualTo(PRICE);
  }

  @Test
  void aPhotographerCancellingRefundsAllAndCompensates() {
    var outcome =
        POLICY.outcome(
            PRICE,
            PRICE,
            START,
            START.minus(Duration.ofHours(2)),
            Actor.PHOTOGRAPHER,
            CancellationReason.OTHER,
            false);
    assertThat(outcome.refund()).isEqualTo(PRICE);
    assertThat(outcome.credit()).isEqualTo(Money.of(3_300, "JPY"));
    assertThat(outcome.platformFunded()).isEqualTo(outcome.credit());
  }

  @Test
  void creditInsteadOfRefundAddsTheBonus() {
    var outcome =
        POLICY.outcome(
            PRICE,
            PRICE,
            START,
            START.minus(Duration.ofDays(30)),
            Actor.CUSTOMER,
            CancellationReason.OTHER,
            true);
    assertThat(outcome.refund().minorUnits()).isZero();
    assertThat(outcome.credit()).isEqualTo(Money.of(34_650, "JPY"));
    assertThat(outcome.platformFunded()).isEqualTo(Money.of(1_650, "JPY"));
  }

  @Test
  void creditSpentEarnsNeitherCompensationNorBonus() {
    Money none = Money.of(0, "JPY");
    var cancelledByPhotographer =
        POLICY.outcome(
            PRICE,
            none,
            START,
            START.minus(Duration.ofDays(3)),
            Actor.PHOTOGRAPHER,
            CancellationReason.OTHER,
            false);
    assertThat(cancelledByPhotographer.refund()).isEqualTo(PRICE);
    assertThat(cancelledByPhotographer.credit().minorUnits()).isZero();
    assertThat(cancelledByPhotographer.platformFunded().minorUnits()).isZero();

    Money half = Money.of(16_500, "JPY");
    var partlyPaidIn =
        POLICY.outcome(
            PRICE,
            half,
            START,
            START.minus(Duration.ofDays(3)),
            Actor.PHOTOGRAPHER,
            CancellationReason.OTHER,
            false);
    assertThat(partlyPaidIn.credit()).isEqualTo(Money.of(1_650, "JPY"));

    var asCredit =
        POLICY.outcome(
            PRICE,
            half,
            START,
            START.minus(Duration.ofDays(30)),
            Actor.CUSTOMER,
            CancellationReason.OTHER,
            true);
    assertThat(asCredit.platformFunded())
        .as("5 % of the 16,500 paid in")
        .isEqualTo(Money.of(825, "JPY"));
    assertThat(asCredit.credit()).isEqualTo(PRICE.plus(Money.of(825, "JPY")));
  }

  @Test
  void theCapCutsOnlyWhatThePlatformFunds() {
    var outcome =
        POLICY.outcome(
            PRICE,
            PRICE,
            START,
            START.minus(Duration.ofHours(2)),
            Actor.PHOTOGRAPHER,
            CancellationReason.OTHER,
            false);
    var capped = outcome.withPlatformFundedAtMost(Money.of(1_000, "JPY"));
    assertThat(capped.refund()).isEqualTo(PRICE);
    assertThat(capped.platformFunded()).isEqualTo(Money.of(1_000, "JPY"));
    assertThat(capped.credit()).isEqualTo(Money.of(1_000, "JPY"));
    assertThat(outcome.withPlatformFundedAtMost(Money.of(0, "JPY")).credit().minorUnits())
        .as("no room left: no compensation")
        .isZero();
    assertThat(outcome.withPlatformFundedAtMost(Money.of(99_999, "JPY"))).isEqualTo(outcome);
  }

  @Test
  void textFormRoundTrips() {
    assertThat(CancellationPolicy.parse(POLICY.format())).isEqualTo(POLICY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "24h:20,72h:50", // fee falls as the shoot comes closer
        "24h:150",
        "-1h:10",
        "24:50",
        "24h:50;exempt=SUNSHINE",
        "24h:50;refundAll=yes",
        "24h:50,24h:60",
        "abc"
      })
  void badPoliciesAreRefused(String text) {
    assertThatThrownBy(() -> CancellationPolicy.parse(text))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
