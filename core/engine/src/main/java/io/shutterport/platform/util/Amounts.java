package io.shutterport.platform.util;

import io.shutterport.spi.Money;
import java.util.Optional;

/** Amounts typed by people: a decimal in a currency, more than zero, below a ceiling. */
public final class Amounts {
  /** The most any single amount may be, in minor units (100,000,000 yen). */
  public static final long MAX_MINOR = 100_000_000L;

  private Amounts() {}

  /**
   * The amount, or empty when it is not a number, has more decimals than the currency (yen have
   * none), is zero or negative, or is above {@link #MAX_MINOR}.
   */
  public static Optional<Money> parse(String text, String currency) {
    try {
      Money money = Money.parse(text == null ? "" : text.strip(), currency);
      return money.minorUnits() == 0 || money.minorUnits() > MAX_MINOR
          ? Optional.empty()
          : Optional.of(money);
    } catch (IllegalArgumentException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
