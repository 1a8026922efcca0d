package io.shutterport.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TravelFeeTest {
  private static final TravelFee BANDS = TravelFee.parse("30:3000, 10:0 ,60:6000");

  @Test
  void theFirstBandThatReachesDecides() {
    assertThat(BANDS.at(0)).contains(0L);
    assertThat(BANDS.at(10)).contains(0L);
    assertThat(BANDS.at(10.1)).contains(3000L);
    assertThat(BANDS.at(59.9)).contains(6000L);
    assertThat(BANDS.at(60.1)).isEmpty();
    assertThat(BANDS.format()).isEqualTo("10:0,30:3000,60:6000");
  }

  @Test
  void noBandsChargeNothingAnywhere() {
    assertThat(TravelFee.parse("").at(500)).contains(0L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"far:1", "10", "10:-5", "0:100", "10:1,10:2", "10:1.5"})
  void badBandsAreRefused(String text) {
    assertThatThrownBy(() -> TravelFee.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
