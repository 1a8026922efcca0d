package io.shutterport.spi.category;

import java.util.List;
import java.util.Optional;

/** Contributes event categories to one tenant. */
public interface EventCategoryProvider {

  /** The categories, in the order the plugin suggests. Ids are unique across plugins. */
  List<EventCategory> categories();

  /**
   * Checks a booking's answers beyond each field's type and pattern, which the core has already
   * checked: rules across fields or against the shoot date (a 七五三 child's age in the counting
   * chosen, a newborn shoot inside its window). Called before anything is saved.
   *
   * @param booking the booking being asked for
   * @return the problems; empty when the answers are acceptable
   * @since SPI 1.1
   */
  default List<FieldProblem> validate(BookingContext booking) {
    return List.of();
  }

  /**
   * Suggests an extra on the plan's price for these answers (e.g. per additional animal).
   *
   * @param booking the booking being asked for, its answers valid
   * @return the hint, or empty for none
   * @since SPI 1.1
   */
  default Optional<PriceHint> priceHint(BookingContext booking) {
    return Optional.empty();
  }

  /**
   * Ways customers write the same thing, one group per thing (七五三, 753, しちごさん, shichigosan): a
   * search keyword written as one of a group's spellings finds text holding any of them. Spellings
   * are compared after width, case and kana folding (イヌ = いぬ = ｲﾇ), so a group need not list those
   * variants.
   *
   * @return the groups; empty for none
   * @since SPI 1.2
   */
  default List<List<String>> synonyms() {
    return List.of();
  }
}
