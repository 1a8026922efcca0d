package io.shutterport.demo;

import io.shutterport.gallery.JpegEncoder;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/** Draws colourful placeholder photographs, so the demo needs no image files. */
public final class DemoImages {
  private DemoImages() {}

  /** A JPEG of {@code width}×{@code height} in the given hue, different for every seed. */
  public static byte[] photo(int width, int height, float hue, long seed) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setPaint(
          new GradientPaint(
              0,
              0,
              Color.getHSBColor(hue, 0.55f, 0.95f),
              width,
              height,
              Color.getHSBColor((hue + 0.12f) % 1f, 0.7f, 0.55f)));
      g.fillRect(0, 0, width, height);
      for (int i = 0; i < 14; i++) {
        float h = (hue + random.nextFloat() * 0.2f) % 1f;
        g.setColor(new Color(Color.HSBtoRGB(h, 0.35f, 1f) & 0xFFFFFF | 0x66000000, true));
        int r = 20 + random.nextInt(Math.max(21, width / 5));
        g.fillOval(random.nextInt(width), random.nextInt(height), r, r);
      }
      g.setColor(new Color(255, 255, 255, 200));
      g.fillRoundRect(width / 3, height / 3, width / 3, height / 3, 40, 40);
    } finally {
      g.dispose();
    }
    try {
      return JpegEncoder.encode(image, 0.9f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
