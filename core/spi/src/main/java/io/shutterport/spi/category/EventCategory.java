package io.shutterport.spi.category;

import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.Money;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A kind of shoot customers search for.
 *
 * @param id stable, lower-case, unique across plugins (e.g. {@code shichigosan})
 * @param name the localised name
 * @param description a localised sentence or two
 * @param icon a short symbol (an emoji) shown beside the name
 * @param suggestedDurations typical shoot lengths
 * @param typicalPriceMin lower end of usual prices; may be null
 * @param typicalPriceMax upper end of usual prices; may be null
 * @param seasonalPeaks when demand peaks
 * @param bookingFields extra questions asked when booking
 * @param shotList shots to suggest to the photographer
 */
public record EventCategory(
    String id,
    LocalizedText name,
    LocalizedText description,
    String icon,
    List<Duration> suggestedDurations,
    Money typicalPriceMin,
    Money typicalPriceMax,
    List<SeasonalPeak> seasonalPeaks,
    List<BookingField> bookingFields,
    List<LocalizedText> shotList) {

  public EventCategory {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    suggestedDurations = List.copyOf(suggestedDurations);
    seasonalPeaks = List.copyOf(seasonalPeaks);
    bookingFields = List.copyOf(bookingFields);
    shotList = List.copyOf(shotList);
  }
}
