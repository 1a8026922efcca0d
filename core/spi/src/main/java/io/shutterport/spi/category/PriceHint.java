package io.shutterport.spi.category;

import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.Money;
import java.util.Objects;

/**
 * What a category suggests adding to a plan's price for these answers, e.g. ¥3,000 per extra
 * animal. Shown to both parties as a hint; the photographer's offer sets the actual price.
 *
 * @param amount the suggested extra
 * @param reason why, localised
 */
public record PriceHint(Money amount, LocalizedText reason) {
  public PriceHint {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reason, "reason");
  }
}
