package io.shutterport.gallery;

import java.time.Instant;

/**
 * A short-lived URL that needs no credentials.
 *
 * @param url where to go
 * @param expiresAt it works until then
 */
public record SignedUrl(String url, Instant expiresAt) {}
