package io.shutterport.catalog;

/**
 * A photographer's public profile as entered.
 *
 * @param displayName public name
 * @param bio free text
 * @param prefecture a {@link Prefecture} code
 * @param city city or ward
 * @param languages comma-separated language codes
 */
public record ProfileForm(
    String displayName, String bio, String prefecture, String city, String languages) {}
