package io.shutterport.plugin.category.japan;

import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.category.BookingContext;
import io.shutterport.spi.category.EventCategory;
import io.shutterport.spi.category.EventCategoryProvider;
import io.shutterport.spi.category.EventCategoryProviderFactory;
import io.shutterport.spi.category.FieldProblem;
import java.util.List;
import org.pf4j.Extension;

/** Contributes the ceremonies of a Japanese family's year. */
@Extension
public class JapanCeremoniesFactory implements EventCategoryProviderFactory {

  @Override
  public String id() {
    return "category-japan-ceremonies";
  }

  @Override
  public LocalizedText displayName() {
    return LocalizedText.of("日本の家族行事", "Japanese family ceremonies");
  }

  @Override
  public EventCategoryProvider create(PluginContext context, PluginConfig config) {
    List<EventCategory> categories = JapanCeremonies.categories();
    return new EventCategoryProvider() {
      @Override
      public List<EventCategory> categories() {
        return categories;
      }

      @Override
      public List<FieldProblem> validate(BookingContext booking) {
        return CeremonyRules.validate(booking);
      }

      @Override
      public List<List<String>> synonyms() {
        return JapanCeremonies.SYNONYMS;
      }
    };
  }
}
