package io.shutterport.web.catalog;

import io.shutterport.matching.Match;

/**
 * A search result with its cover photo.
 *
 * @param photographer the ranked photographer
 * @param coverPhotoId their first portfolio photo, or null
 */
public record SearchResult(Match photographer, String coverPhotoId) {}
