package io.shutterport.review;

import java.time.Instant;

/**
 * A published review as the marketplace's home page shows it.
 *
 * @param photographerId who it is about
 * @param stars 1–5
 * @param body what the customer wrote
 * @param publishedAt when it was shown
 */
public record PublicReview(String photographerId, int stars, String body, Instant publishedAt) {}
