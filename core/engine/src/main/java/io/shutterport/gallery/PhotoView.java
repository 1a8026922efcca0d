package io.shutterport.gallery;

/**
 * A photo's public facts. No file name, no location: nothing the camera wrote leaves here.
 *
 * @param id the photo id
 * @param position its place in the gallery, from 1
 * @param sha256 the original's SHA-256
 * @param sizeBytes the original's size
 * @param contentType the original's MIME type
 * @param width pixels
 * @param height pixels
 * @param thumbnailReady whether the derivatives job has run
 * @param selected whether the customer chose it (favourites)
 */
public record PhotoView(
    String id,
    int position,
    String sha256,
    long sizeBytes,
    String contentType,
    int width,
    int height,
    boolean thumbnailReady,
    boolean selected) {}
