package io.shutterport.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void yenHasNoMinorUnit() {
    assertThat(Money.parse("15000", "JPY")).isEqualTo(Money.of(15_000, "JPY"));
    assertThat(Money.of(15_000, "JPY").toString()).isEqualTo("15000 JPY");
    assertThatThrownBy(() -> Money.parse("150.5", "JPY"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void euroUsesCents() {
    assertThat(Money.parse("12.50", "EUR").minorUnits()).isEqualTo(1250);
    assertThat(Money.of(1250, "EUR").toDecimal().toPlainString()).isEqualTo("12.50");
  }

  @Test
  void commissionRoundsHalfUp() {
    assertThat(Money.of(15_005, "JPY").percentage(1_500)).isEqualTo(Money.of(2_251, "JPY"));
    assertThat(Money.of(100, "JPY").percentage(1_000)).isEqualTo(Money.of(10, "JPY"));
  }

  @Test
  void refusesNegativeMixedAndUnknown() {
    assertThatThrownBy(() -> Money.of(-1, "JPY")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of(1, "XXZ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of(1, "JPY").plus(Money.of(1, "EUR")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
