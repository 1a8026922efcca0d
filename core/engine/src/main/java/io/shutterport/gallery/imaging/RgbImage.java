package io.shutterport.gallery.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Pixels as packed {@code 0xRRGGBB} ints, row by row: the one format every step of the pipeline
 * reads and writes, shared with {@link BufferedImage#TYPE_INT_RGB} without copying.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param pixels {@code width * height} packed pixels
 */
public record RgbImage(int width, int height, int[] pixels) {
  private static final DirectColorModel RGB = new DirectColorModel(24, 0xFF0000, 0xFF00, 0xFF);

  public RgbImage {
    if (width < 1 || height < 1 || pixels.length < width * height) {
      throw new IllegalArgumentException("bad image size " + width + "x" + height);
    }
  }

  public static RgbImage blank(int width, int height) {
    return new RgbImage(width, height, new int[Math.multiplyExact(width, height)]);
  }

  /** A view of these pixels for Java 2D (drawing, colour conversion, ImageIO); no copy. */
  public BufferedImage asBufferedImage() {
    WritableRaster raster =
        Raster.createPackedRaster(
            new DataBufferInt(pixels, width * height), width, height, width, RGB.getMasks(), null);
    return new BufferedImage(RGB, raster, false, null);
  }

  /** Copies any Java 2D image into packed RGB (alpha is composed over white). */
  public static RgbImage of(BufferedImage image) {
    RgbImage out = blank(image.getWidth(), image.getHeight());
    if (image.getType() == BufferedImage.TYPE_INT_RGB) {
      image.getRGB(0, 0, out.width, out.height, out.pixels, 0, out.width);
      for (int i = 0; i < out.pixels.length; i++) {
        out.pixels[i] &= 0xFFFFFF;
      }
      return out;
    }
    java.awt.Graphics2D g = out.asBufferedImage().createGraphics();
    try {
      g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /**
   * Applies an EXIF orientation (1–8) so that the pixels stand the way the camera was held; any
   * other value leaves the image as it is.
   */
  public RgbImage oriented(int orientation) {
    if (orientation < 2 || orientation > 8) {
      return this;
    }
    boolean swap = orientation >= 5;
    int w = swap ? height : width;
    int h = swap ? width : height;
    int[] out = new int[w * h];
    for (int y = 0; y < height; y++) {
      int row = y * width;
      for (int x = 0; x < width; x++) {
        int tx;
        int ty;
        switch (orientation) {
          case 2 -> {
            tx = width - 1 - x;
            ty = y;
          }
          case 3 -> {
            tx = width - 1 - x;
            ty = height - 1 - y;
          }
          case 4 -> {
            tx = x;
            ty = height - 1 - y;
          }
          case 5 -> {
            tx = y;
            ty = x;
          }
          case 6 -> {
            tx = height - 1 - y;
            ty = x;
          }
          case 7 -> {
            tx = height - 1 - y;
            ty = width - 1 - x;
          }
          default -> { // 8
            tx = y;
            ty = width - 1 - x;
          }
        }
        out[ty * w + tx] = pixels[row + x];
      }
    }
    return new RgbImage(w, h, out);
  }
}
