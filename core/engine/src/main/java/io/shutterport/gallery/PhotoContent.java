package io.shutterport.gallery;

import java.io.InputStream;

/**
 * Bytes to send to a browser.
 *
 * @param stream the bytes; the caller closes it
 * @param length how many (of the range asked for)
 * @param first the position of the first one in the object
 * @param total the object's whole size
 * @param contentType the MIME type
 * @param sha256 the SHA-256 of the whole object (an ETag)
 * @param downloadName a neutral file name
 * @param lastModified when storage last wrote the object; may be null
 */
public record PhotoContent(
    InputStream stream,
    long length,
    long first,
    long total,
    String contentType,
    String sha256,
    String downloadName,
    java.time.Instant lastModified) {

  /** Whether this is a part of the object rather than all of it. */
  public boolean partial() {
    return length != total;
  }
}
