package io.shutterport.gallery.imaging;

import java.io.IOException;

/**
 * Decodes and encodes JPEGs. The native implementation (libjpeg-turbo) decodes straight to a
 * smaller size in the DCT domain; the pure-Java one decodes in full. Both give device RGB: colour
 * management happens after decoding, the same way for both.
 */
public interface Codec {
  /** A short name for logs and benchmark reports. */
  String name();

  /**
   * Decodes a JPEG to at least {@code longEdge} pixels on its longer side where the codec can
   * shrink while decoding, or at full size.
   */
  RgbImage decodeJpeg(byte[] jpeg, int longEdge) throws IOException;

  /** Encodes baseline JPEG with 4:2:0 chroma subsampling and no metadata at all. */
  byte[] encodeJpeg(RgbImage image, int quality) throws IOException;
}
