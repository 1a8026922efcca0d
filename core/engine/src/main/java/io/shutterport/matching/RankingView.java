package io.shutterport.matching;

/**
 * What a photographer sees of their own ranking.
 *
 * @param factors their factors outside any particular search (distance and price count 0.5)
 * @param score the resulting score with the tenant's weights
 * @param weights the tenant's weights
 * @param ratingAverage plain average stars
 * @param ratingCount reviews
 * @param bayesianRating the average the ranking uses (with the prior)
 * @param requestsReceived requests received
 * @param requestsAnswered requests answered
 * @param freeShare the share of their 60-minute starts still free over the next 14 days
 */
public record RankingView(
    Factors factors,
    double score,
    RankingWeights weights,
    double ratingAverage,
    int ratingCount,
    double bayesianRating,
    int requestsReceived,
    int requestsAnswered,
    double freeShare) {}
