package io.shutterport.spi.storage;

import java.time.Instant;

/**
 * Metadata of a stored object.
 *
 * @param key its key
 * @param length its size in bytes
 * @param contentType its MIME type
 * @param sha256 the lower-case hex SHA-256 recorded at put
 * @param lastModified when it was written
 */
public record StoredObject(
    String key, long length, String contentType, String sha256, Instant lastModified) {}
