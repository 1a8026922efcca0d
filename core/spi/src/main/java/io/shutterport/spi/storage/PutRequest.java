package io.shutterport.spi.storage;

import java.io.InputStream;
import java.util.Objects;

/**
 * What to store.
 *
 * @param key the host-generated object key ({@code a-z0-9/._-}, no {@code ..})
 * @param content the bytes; read once, not closed by the backend
 * @param length the exact number of bytes
 * @param contentType the MIME type the host determined from the content
 * @param sha256 the lower-case hex SHA-256 of the bytes
 */
public record PutRequest(
    String key, InputStream content, long length, String contentType, String sha256) {
  public PutRequest {
    ObjectKeys.requireValid(key);
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(sha256, "sha256");
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative");
    }
  }

  /**
   * Whether {@code existing} holds exactly this content: then a repeated put is a no-op that
   * returns it; otherwise the backend refuses with {@link ObjectExistsException}.
   */
  public boolean sameContentAs(StoredObject existing) {
    return existing.sha256().equals(sha256) && existing.length() == length;
  }

  /**
   * The answer to a put whose key is taken: {@code existing} if it holds this content, else {@link
   * ObjectExistsException}.
   */
  public StoredObject acceptExisting(StoredObject existing) {
    if (sameContentAs(existing)) {
      return existing;
    }
    throw new ObjectExistsException(key);
  }
}
