package io.shutterport.spi;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in the currency's minor unit (cents for EUR, yen for JPY, which has none).
 *
 * @param minorUnits the amount in minor units; never negative
 * @param currency the ISO 4217 code, upper case
 */
public record Money(long minorUnits, String currency) implements Comparable<Money> {

  public Money {
    Objects.requireNonNull(currency, "currency");
    if (minorUnits < 0) {
      throw new IllegalArgumentException("amount must not be negative");
    }
    Currency.getInstance(currency); // rejects unknown codes
  }

  public static Money of(long minorUnits, String currency) {
    return new Money(minorUnits, currency);
  }

  /** Parses a decimal amount such as {@code "12.50"} into minor units; refuses excess precision. */
  public static Money parse(String amount, String currency) {
    int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    BigDecimal value = new BigDecimal(amount.trim());
    if (value.signum() < 0 || value.scale() > digits) {
      throw new IllegalArgumentException("invalid amount for " + currency);
    }
    return new Money(value.movePointRight(digits).longValueExact(), currency);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
  }

  /** This amount times {@code basisPoints}/10,000, rounded half up to the minor unit. */
  public Money percentage(int basisPoints) {
    long scaled = Math.multiplyExact(minorUnits, basisPoints);
    return new Money((scaled + 5_000) / 10_000, currency);
  }

  /** The amount as a decimal in major units, e.g. 1250 EUR minor units → 12.50. */
  public BigDecimal toDecimal() {
    int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    return BigDecimal.valueOf(minorUnits, digits);
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minorUnits, other.minorUnits);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "currency mismatch: " + currency + " vs " + other.currency);
    }
  }

  @Override
  public String toString() {
    return toDecimal().toPlainString() + " " + currency;
  }
}
