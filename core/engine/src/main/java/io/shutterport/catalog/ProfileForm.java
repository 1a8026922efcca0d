package io.shutterport.catalog;

/**
 * A photographer's public profile as entered.
 *
 * @param displayName public name
 * @param bio free text
 * @param prefecture a {@link Prefecture} code
 * @param city city or ward
 * @param languages comma-separated language codes
 * @param latitude the base of the service area (WGS 84), optional
 * @param longitude the base of the service area (WGS 84), optional
 * @param travelRadiusKm how far from the base the photographer travels (1–500 km)
 */
public record ProfileForm(
    String displayName,
    String bio,
    String prefecture,
    String city,
    String languages,
    Double latitude,
    Double longitude,
    Integer travelRadiusKm) {}
