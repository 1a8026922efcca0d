package io.shutterport.plugin.category.pets;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.spi.Money;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.category.BookingContext;
import io.shutterport.spi.category.EventCategory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PetsFactoryTest {
  @Test
  void contributesDogsAndCatsAskingHowManyAnimals() {
    var categories =
        new PetsFactory()
            .create(new PluginContext("t", Clock.systemUTC()), PluginConfig.empty())
            .categories();
    assertThat(categories).extracting(EventCategory::id).containsExactly("dog", "cat");
    assertThat(categories)
        .allSatisfy(c -> assertThat(c.bookingFields()).anyMatch(f -> f.name().equals("animals")));
  }

  @Test
  void suggestsTheOperatorsExtraForEachAnimalAfterTheFirst() {
    var provider =
        new PetsFactory()
            .create(
                new PluginContext("t", Clock.systemUTC()),
                new PluginConfig(Map.of("extraAnimalPrice", "2500")));
    var shoot = LocalDate.of(2026, 12, 1);
    Money plan = Money.of(16_500, "JPY");
    assertThat(provider.priceHint(new BookingContext("dog", Map.of("animals", "3"), shoot, plan)))
        .hasValueSatisfying(
            hint -> {
              assertThat(hint.amount()).isEqualTo(Money.of(5_000, "JPY"));
              assertThat(hint.reason().in("ja")).contains("2頭分");
            });
    assertThat(provider.priceHint(new BookingContext("dog", Map.of("animals", "1"), shoot, plan)))
        .isEmpty();
    assertThat(provider.priceHint(new BookingContext("cat", Map.of(), shoot, plan))).isEmpty();
  }

  @Test
  void aNegativeExtraIsRefusedWhenTheOperatorConfiguresIt() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new PetsFactory()
                    .create(
                        new PluginContext("t", Clock.systemUTC()),
                        new PluginConfig(Map.of("extraAnimalPrice", "-1"))))
        .isInstanceOf(io.shutterport.spi.PluginException.class);
  }
}
