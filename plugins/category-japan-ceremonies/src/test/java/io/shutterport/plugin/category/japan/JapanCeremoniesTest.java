package io.shutterport.plugin.category.japan;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.category.EventCategory;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class JapanCeremoniesTest {
  private final List<EventCategory> categories =
      new JapanCeremoniesFactory()
          .create(new PluginContext("t", Clock.systemUTC()), PluginConfig.empty())
          .categories();

  @Test
  void contributesTheFourCeremoniesWithJapaneseAndEnglishNames() {
    assertThat(categories)
        .extracting(EventCategory::id)
        .containsExactly("shichigosan", "omiyamairi", "school-ceremony", "seijinshiki");
    assertThat(categories)
        .extracting(c -> c.name().in("ja"))
        .containsExactly("七五三", "お宮参り", "入学・卒業", "成人式");
    assertThat(categories).allSatisfy(c -> assertThat(c.name().in("en")).isNotBlank());
  }

  @Test
  void shichiGoSanPeaksInAutumnAndAsksTheChildsAge() {
    EventCategory shichiGoSan = categories.get(0);
    assertThat(shichiGoSan.seasonalPeaks().get(0).from().getMonthValue()).isEqualTo(10);
    assertThat(shichiGoSan.bookingFields())
        .anySatisfy(f -> assertThat(f.name()).isEqualTo("childAge"));
    assertThat(shichiGoSan.shotList()).isNotEmpty();
  }
}
