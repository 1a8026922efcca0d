package io.shutterport.plugin.category.pets;

import io.shutterport.spi.ConfigField;
import io.shutterport.spi.ConfigSchema;
import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.Money;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.PluginException;
import io.shutterport.spi.category.BookingContext;
import io.shutterport.spi.category.BookingField;
import io.shutterport.spi.category.EventCategory;
import io.shutterport.spi.category.EventCategoryProvider;
import io.shutterport.spi.category.EventCategoryProviderFactory;
import io.shutterport.spi.category.PriceHint;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** Dogs and cats. */
@Extension
public class PetsFactory implements EventCategoryProviderFactory {

  @Override
  public String id() {
    return "category-pets";
  }

  @Override
  public LocalizedText displayName() {
    return LocalizedText.of("ペット撮影", "Pet photography");
  }

  static final String ANIMALS = "animals";
  static final String EXTRA_ANIMAL_PRICE = "extraAnimalPrice";

  @Override
  public ConfigSchema configSchema() {
    return ConfigSchema.of(
        new ConfigField(
            EXTRA_ANIMAL_PRICE,
            ConfigField.Type.INTEGER,
            false,
            "3000",
            LocalizedText.of(
                "2頭目以降1頭あたりの追加料金の目安（最小通貨単位）",
                "Suggested extra per animal after the first (minor currency units)")));
  }

  /**
   * Dogs and cats, priced per animal: the plan covers one; each further animal suggests the
   * operator's extra (¥3,000 unless configured) on top.
   */
  @Override
  public EventCategoryProvider create(PluginContext context, PluginConfig config) {
    List<EventCategory> categories = List.of(dog(), cat());
    int extraPerAnimal = config.integer(EXTRA_ANIMAL_PRICE).orElse(3000);
    if (extraPerAnimal < 0) {
      throw new PluginException(EXTRA_ANIMAL_PRICE + " must not be negative", false);
    }
    return new EventCategoryProvider() {
      @Override
      public List<EventCategory> categories() {
        return categories;
      }

      @Override
      public List<List<String>> synonyms() {
        return List.of(
            List.of("犬", "いぬ", "わんちゃん", "dog", "dogs"),
            List.of("猫", "ねこ", "にゃんこ", "cat", "cats"),
            List.of("ペット", "pet", "pets"));
      }

      @Override
      public Optional<PriceHint> priceHint(BookingContext booking) {
        int animals = Integer.parseInt(booking.answers().getOrDefault(ANIMALS, "1"));
        if (animals <= 1 || extraPerAnimal == 0 || booking.planPrice() == null) {
          return Optional.empty();
        }
        return Optional.of(
            new PriceHint(
                Money.of((long) (animals - 1) * extraPerAnimal, booking.planPrice().currency()),
                LocalizedText.of(
                    (animals - 1) + "頭分の追加（1頭はプランに含まれます）",
                    (animals - 1) + " more animal(s); the plan includes one")));
      }
    };
  }

  private static BookingField animals() {
    return new BookingField(
        ANIMALS,
        BookingField.Type.NUMBER,
        false,
        "[1-9]",
        LocalizedText.of("頭数", "Number of animals"));
  }

  private static EventCategory dog() {
    return new EventCategory(
        "dog",
        LocalizedText.of("わんちゃん撮影", "Dogs"),
        LocalizedText.of("お散歩やドッグランで、いきいきとした姿を。", "Out on a walk or at the dog run."),
        "🐕",
        List.of(Duration.ofMinutes(60)),
        Money.of(12_000, "JPY"),
        Money.of(30_000, "JPY"),
        List.of(),
        List.of(animals()),
        List.of(
            LocalizedText.of("走っている姿", "Running"),
            LocalizedText.of("飼い主さんと一緒に", "With the owner")));
  }

  private static EventCategory cat() {
    return new EventCategory(
        "cat",
        LocalizedText.of("ねこ撮影", "Cats"),
        LocalizedText.of("おうちでくつろぐ自然な表情を。", "Relaxed at home, as they really are."),
        "🐈",
        List.of(Duration.ofMinutes(60), Duration.ofMinutes(90)),
        Money.of(15_000, "JPY"),
        Money.of(30_000, "JPY"),
        List.of(),
        List.of(animals()),
        List.of(LocalizedText.of("窓辺で", "By the window"), LocalizedText.of("おもちゃで遊ぶ姿", "Playing")));
  }
}
