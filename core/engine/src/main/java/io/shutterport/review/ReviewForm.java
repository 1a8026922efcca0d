package io.shutterport.review;

/**
 * @param stars 1 to 5
 * @param body up to 4,000 characters
 */
public record ReviewForm(Integer stars, String body) {}
