package io.shutterport.plugin.category.pets;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.category.EventCategory;
import java.time.Clock;
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
}
