package io.shutterport.gallery.domain;

import io.shutterport.gallery.JpegEncoder;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Makes a small JPEG from an original by progressive halving. The result is re-encoded from pixels,
 * so it carries no metadata (no GPS) from the original. The full pipeline (EXIF orientation, colour
 * profiles, native codecs) is the gallery issue's work.
 */
public final class Thumbnails {
  private Thumbnails() {}

  public static byte[] make(InputStream original, int longEdge) throws IOException {
    BufferedImage source = decode(original, longEdge);
    BufferedImage scaled = scale(source, longEdge);
    return JpegEncoder.encode(scaled, 0.85f);
  }

  private static BufferedImage decode(InputStream original, int longEdge) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(original)) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new UnsupportedImageException();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int longSide = Math.max(reader.getWidth(0), reader.getHeight(0));
        ImageReadParam param = reader.getDefaultReadParam();
        // Subsample only down to 4x the target, then let halving do the filtering.
        int step = Math.max(1, longSide / (longEdge * 4));
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    }
  }

  private static BufferedImage scale(BufferedImage source, int longEdge) {
    BufferedImage current = toRgb(source);
    int w = current.getWidth();
    int h = current.getHeight();
    double factor = (double) longEdge / Math.max(w, h);
    if (factor >= 1) {
      return current;
    }
    int targetW = Math.max(1, (int) Math.round(w * factor));
    int targetH = Math.max(1, (int) Math.round(h * factor));
    while (w / 2 >= targetW && h / 2 >= targetH) {
      w /= 2;
      h /= 2;
      current = draw(current, w, h);
    }
    return draw(current, targetW, targetH);
  }

  private static BufferedImage toRgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    return draw(image, image.getWidth(), image.getHeight());
  }

  private static BufferedImage draw(BufferedImage image, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(image, 0, 0, w, h, java.awt.Color.WHITE, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
