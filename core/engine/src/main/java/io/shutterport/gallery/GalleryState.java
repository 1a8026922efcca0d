package io.shutterport.gallery;

import java.time.Instant;

/**
 * A delivered gallery's life as its parties see it.
 *
 * @param state OPEN, EXPIRED, ARCHIVED or RESTORING
 * @param expiresAt until when the customer can download (when OPEN), or since when they cannot
 */
public record GalleryState(String state, Instant expiresAt) {}
