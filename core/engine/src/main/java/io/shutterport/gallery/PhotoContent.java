package io.shutterport.gallery;

import java.io.InputStream;

/**
 * Bytes to send to a browser.
 *
 * @param stream the bytes; the caller closes it
 * @param length how many
 * @param contentType the MIME type
 * @param sha256 the SHA-256 of the whole object (an ETag)
 * @param downloadName a neutral file name
 */
public record PhotoContent(
    InputStream stream, long length, String contentType, String sha256, String downloadName) {}
