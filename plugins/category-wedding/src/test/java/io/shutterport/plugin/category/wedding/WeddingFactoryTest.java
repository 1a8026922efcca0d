package io.shutterport.plugin.category.wedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.spi.Money;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.category.BookingContext;
import io.shutterport.spi.category.BookingField;
import io.shutterport.spi.category.EventCategory;
import io.shutterport.spi.category.EventCategoryProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeddingFactoryTest {
  private final EventCategoryProvider provider =
      new WeddingFactory().create(new PluginContext("t", Clock.systemUTC()), PluginConfig.empty());
  private final LocalDate shoot = LocalDate.of(2027, 4, 3);
  private final Money plan = Money.of(80_000, "JPY");

  private BookingContext booking(String category, Map<String, String> answers) {
    return new BookingContext(category, answers, shoot, plan);
  }

  @Test
  void contributesMaedoriEngagementAndMaternityInBothLanguages() {
    assertThat(provider.categories())
        .extracting(EventCategory::id)
        .containsExactly("maedori", "engagement", "maternity");
    assertThat(provider.categories().get(0).name().in("ja")).isEqualTo("前撮り");
    assertThat(provider.categories())
        .allSatisfy(
            c -> {
              assertThat(c.name().in("en")).isNotBlank();
              assertThat(c.shotList()).isNotEmpty();
            });
    EventCategory maedori = provider.categories().get(0);
    assertThat(maedori.bookingFields())
        .filteredOn(BookingField::required)
        .extracting(BookingField::name)
        .containsExactly("weddingDate", "attire");
    assertThat(maedori.bookingFields().get(1).choices())
        .extracting(BookingField.Choice::value)
        .containsExactly("wasou", "yousou", "both");
  }

  @Test
  void theWeddingComesAfterThePreWeddingShootAndWithinTwoYears() {
    assertThat(
            provider.validate(
                booking("maedori", Map.of("weddingDate", "2027-06-12", "attire", "wasou"))))
        .isEmpty();
    assertThat(
            provider.validate(
                booking("maedori", Map.of("weddingDate", "2027-04-03", "attire", "wasou"))))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("weddingDate");
              assertThat(p.message().in("ja")).contains("挙式日より前");
            });
    assertThat(
            provider.validate(
                booking("maedori", Map.of("weddingDate", "2029-05-01", "attire", "wasou"))))
        .singleElement()
        .satisfies(p -> assertThat(p.message().in("en")).contains("two years"));
  }

  @Test
  void maternityShootsFallFourToTwelveWeeksBeforeTheDueDate() {
    assertThat(provider.validate(booking("maternity", Map.of("dueDate", "2027-05-29"))))
        .isEmpty(); // 8 weeks before
    assertThat(provider.validate(booking("maternity", Map.of("dueDate", "2027-04-20"))))
        .hasSize(1); // 17 days before: too late
    assertThat(provider.validate(booking("maternity", Map.of("dueDate", "2027-09-01"))))
        .hasSize(1); // 5 months before: too early
  }

  @Test
  void kimonoAndDressSuggestAChangeOfAttire() {
    assertThat(
            provider.priceHint(
                booking("maedori", Map.of("weddingDate", "2027-06-12", "attire", "both"))))
        .hasValueSatisfying(h -> assertThat(h.amount()).isEqualTo(Money.of(20_000, "JPY")));
    assertThat(
            provider.priceHint(
                booking("maedori", Map.of("weddingDate", "2027-06-12", "attire", "yousou"))))
        .isEmpty();
  }
}
