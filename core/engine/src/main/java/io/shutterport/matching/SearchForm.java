package io.shutterport.matching;

/**
 * What a customer searches for. Every field is optional.
 *
 * @param category a category id
 * @param prefecture a prefecture code
 * @param city a city name
 * @param latitude with {@code longitude}: the place of the shoot
 * @param longitude see {@code latitude}
 * @param radiusKm how far from the place (1–300 km, default 30)
 * @param date ISO date of the shoot (tenant's zone); only photographers free that day are shown
 * @param from the earliest start, HH:mm (with {@code date})
 * @param to the latest start, HH:mm (with {@code date})
 * @param budget the most the customer will pay, a decimal amount in the tenant's currency
 * @param language a language code the photographer speaks
 * @param minRating the least average stars, 1–5
 * @param keyword words to find in name, city, plan titles and bio (two characters or more)
 * @param place an address or place name to search around ({@link io.shutterport.catalog.Places}),
 *     when no {@code latitude} is given
 */
public record SearchForm(
    String category,
    String prefecture,
    String city,
    Double latitude,
    Double longitude,
    Integer radiusKm,
    String date,
    String from,
    String to,
    String budget,
    String language,
    Double minRating,
    String keyword,
    String place) {

  /** A search by category and prefecture only. */
  public static SearchForm of(String category, String prefecture) {
    return new SearchForm(
        category,
        prefecture,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
