package io.shutterport.matching;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much each factor counts in a tenant's ranking. Text form, as operators write it: {@code
 * distance=25,availability=25,rating=25,response=15,price=10,relevance=20} (non-negative integers;
 * only their proportions matter). A factor left out weighs 0, except relevance, which weighs
 * {@value #DEFAULT_RELEVANCE} unless written: marketplaces whose weights were saved before keyword
 * relevance existed rank by it too, with no change to their stored text (decision 105).
 */
public record RankingWeights(
    int distance, int availability, int rating, int response, int price, int relevance) {
  public static final String DEFAULT =
      "distance=25,availability=25,rating=25,response=15,price=10,relevance=20";

  /** Relevance's weight when the text does not name it. */
  public static final int DEFAULT_RELEVANCE = 20;

  public RankingWeights {
    if (distance < 0
        || availability < 0
        || rating < 0
        || response < 0
        || price < 0
        || relevance < 0) {
      throw new IllegalArgumentException("weights must not be negative");
    }
    if (distance + availability + rating + response + price == 0) {
      throw new IllegalArgumentException("at least one weight must count");
    }
  }

  public static RankingWeights parse(String text) {
    Map<String, Integer> values = new LinkedHashMap<>();
    for (String part : (text == null ? "" : text).split(",")) {
      String[] kv = part.strip().split("=");
      if (kv.length != 2) {
        throw new IllegalArgumentException("write name=number: " + part);
      }
      try {
        values.put(kv[0].strip(), Integer.parseInt(kv[1].strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number: " + kv[1]);
      }
    }
    for (String name : values.keySet()) {
      if (!Map.of(
              "distance",
              0,
              "availability",
              0,
              "rating",
              0,
              "response",
              0,
              "price",
              0,
              "relevance",
              0)
          .containsKey(name)) {
        throw new IllegalArgumentException("unknown factor: " + name);
      }
    }
    return new RankingWeights(
        values.getOrDefault("distance", 0),
        values.getOrDefault("availability", 0),
        values.getOrDefault("rating", 0),
        values.getOrDefault("response", 0),
        values.getOrDefault("price", 0),
        values.getOrDefault("relevance", DEFAULT_RELEVANCE));
  }

  public String format() {
    return "distance="
        + distance
        + ",availability="
        + availability
        + ",rating="
        + rating
        + ",response="
        + response
        + ",price="
        + price
        + ",relevance="
        + relevance;
  }

  /**
   * The weighted score of factors each between 0 and 1; the result is between 0 and 1. Relevance
   * counts only in a search with a keyword: without one, the other factors' weights are the whole.
   */
  public double score(Factors f) {
    double total = distance + availability + rating + response + price;
    double sum =
        distance * f.distance()
            + availability * f.availability()
            + rating * f.rating()
            + response * f.response()
            + price * f.price();
    if (f.relevance() != null) {
      total += relevance;
      sum += relevance * f.relevance();
    }
    return total == 0 ? 0 : sum / total;
  }
}
