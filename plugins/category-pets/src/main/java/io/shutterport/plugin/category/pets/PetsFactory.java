package io.shutterport.plugin.category.pets;

import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.Money;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.category.BookingField;
import io.shutterport.spi.category.EventCategory;
import io.shutterport.spi.category.EventCategoryProvider;
import io.shutterport.spi.category.EventCategoryProviderFactory;
import java.time.Duration;
import java.util.List;
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

  @Override
  public EventCategoryProvider create(PluginContext context, PluginConfig config) {
    List<EventCategory> categories = List.of(dog(), cat());
    return () -> categories;
  }

  private static BookingField animals() {
    return new BookingField(
        "animals",
        BookingField.Type.NUMBER,
        true,
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
