package io.shutterport.web.catalog;

import io.shutterport.catalog.PhotographerCard;

/**
 * A search hit with its cover photo.
 *
 * @param photographer the card
 * @param coverPhotoId the first portfolio photo, or null
 */
public record SearchResult(PhotographerCard photographer, String coverPhotoId) {}
