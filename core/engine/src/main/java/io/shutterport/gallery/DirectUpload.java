package io.shutterport.gallery;

import java.time.Instant;

/**
 * Where a browser puts one photo itself.
 *
 * @param uploadId names the upload in the completion call
 * @param url send the bytes here with HTTP PUT, the announced Content-Type and length, no
 *     credentials
 * @param contentType the Content-Type to send
 * @param expiresAt the URL works until then
 */
public record DirectUpload(String uploadId, String url, String contentType, Instant expiresAt) {}
