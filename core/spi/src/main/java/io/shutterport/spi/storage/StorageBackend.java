package io.shutterport.spi.storage;

import java.util.Optional;

/**
 * A blob store.
 *
 * <p>The contract (checked by {@code AbstractStorageBackendContractTest}):
 *
 * <ul>
 *   <li>{@link #put} returns only once the bytes are durable, and verifies the declared length and
 *       SHA-256 against what it received; on mismatch it stores nothing and throws {@link
 *       ChecksumMismatchException}.
 *   <li>Putting the same key again with the same SHA-256 is a no-op that returns the stored object;
 *       with other content it throws {@link ObjectExistsException} and keeps the first.
 *   <li>{@link #get} streams; the caller closes the returned content.
 *   <li>Missing objects are {@link Optional#empty()}, never exceptions.
 * </ul>
 */
public interface StorageBackend {

  StoredObject put(PutRequest request);

  /**
   * Opens an object, or a byte range of it.
   *
   * @param key the object key
   * @param range the bytes wanted, or {@link ByteRange#ALL}
   */
  Optional<ObjectContent> get(String key, ByteRange range);

  Optional<StoredObject> head(String key);

  /** Deletes an object; returns whether it existed. */
  boolean delete(String key);

  /**
   * Lists objects whose key starts with {@code prefix}, in key order.
   *
   * @param prefix the key prefix
   * @param startAfter return only keys after this one; null to start at the beginning
   * @param limit at most this many
   */
  ObjectListing list(String prefix, String startAfter, int limit);

  /**
   * Stream a whole object: shorthand for {@code get(key, ByteRange.ALL)}.
   *
   * @param key the object key
   */
  default Optional<ObjectContent> get(String key) {
    return get(key, ByteRange.ALL);
  }
}
