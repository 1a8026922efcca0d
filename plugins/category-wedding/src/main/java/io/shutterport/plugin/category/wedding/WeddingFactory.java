package io.shutterport.plugin.category.wedding;

import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.category.BookingContext;
import io.shutterport.spi.category.EventCategory;
import io.shutterport.spi.category.EventCategoryProvider;
import io.shutterport.spi.category.EventCategoryProviderFactory;
import io.shutterport.spi.category.FieldProblem;
import io.shutterport.spi.category.PriceHint;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** Contributes wedding-related shoots. */
@Extension
public class WeddingFactory implements EventCategoryProviderFactory {

  @Override
  public String id() {
    return "category-wedding";
  }

  @Override
  public LocalizedText displayName() {
    return LocalizedText.of("ウェディング", "Weddings");
  }

  @Override
  public EventCategoryProvider create(PluginContext context, PluginConfig config) {
    List<EventCategory> categories = WeddingCategories.categories();
    return new EventCategoryProvider() {
      @Override
      public List<EventCategory> categories() {
        return categories;
      }

      @Override
      public List<FieldProblem> validate(BookingContext booking) {
        return WeddingRules.validate(booking);
      }

      @Override
      public List<List<String>> synonyms() {
        return List.of(
            List.of("前撮り", "まえどり", "maedori", "prewedding"),
            List.of("婚約", "エンゲージメント", "engagement"),
            List.of("マタニティ", "妊婦", "maternity"));
      }

      @Override
      public Optional<PriceHint> priceHint(BookingContext booking) {
        return WeddingRules.priceHint(booking);
      }
    };
  }
}
