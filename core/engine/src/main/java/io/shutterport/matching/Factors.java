package io.shutterport.matching;

/**
 * A photographer's ranking factors for one search, each between 0 and 1 (0.5 when the search gives
 * nothing to judge by). See {@code docs/matching.md}.
 *
 * @param distance 1 at the customer's point, falling linearly to 0 at the search radius
 * @param availability the share of the asked time window's starts that are free
 * @param rating the Bayesian average of stars, divided by 5
 * @param response the share of requests the photographer answered, with a prior of 1 in 2
 * @param price 1 at or below 70% of the budget, falling to 0 at the budget
 * @param relevance how well the photographer's text matches the keyword ({@link
 *     io.shutterport.catalog.Keyword#relevance}); null in a search without one
 */
public record Factors(
    double distance,
    double availability,
    double rating,
    double response,
    double price,
    Double relevance) {

  /** Factors of a search without a keyword. */
  public Factors(
      double distance, double availability, double rating, double response, double price) {
    this(distance, availability, rating, response, price, null);
  }

  /**
   * Prior for ratings: a newcomer counts as {@link #PRIOR_COUNT} reviews of {@link #PRIOR_MEAN}.
   */
  public static final double PRIOR_MEAN = 4.0;

  public static final int PRIOR_COUNT = 5;

  /** The Bayesian average of stars (1–5) with the prior above. */
  public static double bayesianRating(int count, int sum) {
    return (PRIOR_COUNT * PRIOR_MEAN + sum) / (PRIOR_COUNT + count);
  }

  /** The answered share with a prior of one answered out of two. */
  public static double responseRate(int received, int answered) {
    return (answered + 1.0) / (received + 2.0);
  }
}
