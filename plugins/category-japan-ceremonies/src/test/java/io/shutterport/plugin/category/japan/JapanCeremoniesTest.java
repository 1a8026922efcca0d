package io.shutterport.plugin.category.japan;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.spi.Money;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.category.BookingContext;
import io.shutterport.spi.category.EventCategory;
import io.shutterport.spi.category.EventCategoryProvider;
import io.shutterport.spi.category.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JapanCeremoniesTest {
  private final EventCategoryProvider provider =
      new JapanCeremoniesFactory()
          .create(new PluginContext("t", Clock.systemUTC()), PluginConfig.empty());
  private final List<EventCategory> categories = provider.categories();

  private List<FieldProblem> check(String category, LocalDate shoot, Map<String, String> answers) {
    return provider.validate(new BookingContext(category, answers, shoot, Money.of(30_000, "JPY")));
  }

  @Test
  void shichiGoSanAcceptsThreeFiveAndSevenInTheCountingChosen() {
    LocalDate shoot = LocalDate.of(2026, 11, 15);
    // Born 2024-12-20: kazoedoshi 3 on the shoot date (2026 - 2024 + 1), man-nenrei 1.
    assertThat(check("shichigosan", shoot, Map.of("childBirthDate", "2024-12-20"))).isEmpty();
    assertThat(
            check(
                "shichigosan",
                shoot,
                Map.of("childBirthDate", "2024-12-20", "ageCounting", "man-nenrei")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("childBirthDate");
              assertThat(p.message().in("ja")).contains("満年齢で1歳").contains("数え年では3歳");
              assertThat(p.message().in("en")).contains("1 by man-nenrei");
            });
    // Born 2019-06-01: man-nenrei 7 on the shoot date, kazoedoshi 8.
    assertThat(
            check(
                "shichigosan",
                shoot,
                Map.of("childBirthDate", "2019-06-01", "ageCounting", "man-nenrei")))
        .isEmpty();
    assertThat(check("shichigosan", shoot, Map.of("childBirthDate", "2019-06-01")))
        .singleElement()
        .satisfies(p -> assertThat(p.message().in("ja")).contains("数え年で8歳"));
  }

  @Test
  void aBirthDateOnOrAfterTheShootIsRefused() {
    assertThat(
            check(
                "shichigosan", LocalDate.of(2026, 11, 15), Map.of("childBirthDate", "2026-11-15")))
        .singleElement()
        .satisfies(p -> assertThat(p.message().in("en")).contains("before the shoot"));
  }

  @Test
  void omiyamairiTakesPlaceTwoWeeksToSixMonthsAfterBirth() {
    LocalDate birth = LocalDate.of(2026, 10, 1);
    assertThat(check("omiyamairi", birth.plusDays(32), Map.of("birthDate", birth.toString())))
        .isEmpty();
    assertThat(check("omiyamairi", birth.plusDays(10), Map.of("birthDate", birth.toString())))
        .singleElement()
        .satisfies(p -> assertThat(p.message().in("ja")).contains("生後10日"));
    assertThat(check("omiyamairi", birth.plusDays(200), Map.of("birthDate", birth.toString())))
        .hasSize(1);
  }

  @Test
  void unansweredOptionalQuestionsAreNotJudged() {
    assertThat(check("shichigosan", LocalDate.of(2026, 11, 15), Map.of())).isEmpty();
    assertThat(check("omiyamairi", LocalDate.of(2026, 11, 15), Map.of())).isEmpty();
  }

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
        .extracting(f -> f.name())
        .contains("childBirthDate", "ageCounting");
    assertThat(shichiGoSan.shotList()).isNotEmpty();
  }
}
