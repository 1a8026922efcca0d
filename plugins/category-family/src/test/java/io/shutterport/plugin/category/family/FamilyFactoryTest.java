package io.shutterport.plugin.category.family;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.spi.Money;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.category.BookingContext;
import io.shutterport.spi.category.EventCategory;
import io.shutterport.spi.category.EventCategoryProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FamilyFactoryTest {
  private final EventCategoryProvider provider =
      new FamilyFactory().create(new PluginContext("t", Clock.systemUTC()), PluginConfig.empty());
  private final LocalDate birth = LocalDate.of(2026, 12, 1);

  private BookingContext newborn(LocalDate shoot) {
    return new BookingContext(
        "newborn", Map.of("babyBirthDate", birth.toString()), shoot, Money.of(40_000, "JPY"));
  }

  @Test
  void contributesNewbornAndFamily() {
    assertThat(provider.categories())
        .extracting(EventCategory::id)
        .containsExactly("newborn", "family");
    assertThat(provider.categories().get(0).bookingFields().get(0).required()).isTrue();
  }

  @Test
  void aNewbornShootFallsFiveToTwentyEightDaysAfterBirth() {
    assertThat(provider.validate(newborn(birth.plusDays(5)))).isEmpty();
    assertThat(provider.validate(newborn(birth.plusDays(28)))).isEmpty();
    assertThat(provider.validate(newborn(birth.plusDays(4))))
        .singleElement()
        .satisfies(p -> assertThat(p.message().in("ja")).contains("生後4日"));
    assertThat(provider.validate(newborn(birth.plusDays(29)))).hasSize(1);
  }

  @Test
  void familiesOfMoreThanSixGetAPerPersonHint() {
    Money plan = Money.of(20_000, "JPY");
    assertThat(provider.priceHint(new BookingContext("family", Map.of("people", "8"), birth, plan)))
        .hasValueSatisfying(h -> assertThat(h.amount()).isEqualTo(Money.of(4_000, "JPY")));
    assertThat(provider.priceHint(new BookingContext("family", Map.of("people", "4"), birth, plan)))
        .isEmpty();
  }
}
