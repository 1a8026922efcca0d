package io.shutterport.matching;

/**
 * A search result with its cover photo.
 *
 * @param photographer the ranked photographer
 * @param coverPhotoId their first portfolio photo, or null
 */
public record SearchResult(Match photographer, String coverPhotoId) {}
