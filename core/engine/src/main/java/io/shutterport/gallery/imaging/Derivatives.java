package io.shutterport.gallery.imaging;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

/**
 * The images a gallery shows for one original: a preview (2048 px on the long edge), a thumbnail
 * (400 px) and, until the customer accepts the delivery, a watermarked preview. All are re-encoded
 * from pixels — turned upright by the EXIF orientation and converted to sRGB — so no metadata of
 * the original (GPS above all) survives in them. The original itself is never touched.
 */
public final class Derivatives {
  public static final int PREVIEW_EDGE = 2048;
  public static final int THUMBNAIL_EDGE = 400;
  private static final int QUALITY = 85;
  private static final Logger LOG = Logger.getLogger(Derivatives.class.getName());

  /**
   * The encoded derivatives.
   *
   * @param preview the 2048 px JPEG
   * @param thumbnail the 400 px JPEG
   * @param width the preview's width
   * @param height the preview's height
   */
  public record Set(byte[] preview, byte[] thumbnail, int width, int height) {}

  private final Codec codec;

  public Derivatives(Codec codec) {
    this.codec = codec;
  }

  /**
   * libjpeg-turbo when its Java binding is installed ({@code SHUTTERPORT_TURBOJPEG_JAR}, by default
   * Debian's {@code /usr/share/java/turbojpeg.jar}), else the JDK's codec; {@code
   * SHUTTERPORT_IMAGE_CODEC=java} forces the latter.
   */
  public static Derivatives best() {
    return Holder.BEST;
  }

  public static Derivatives pureJava() {
    return Holder.JAVA;
  }

  private static final class Holder {
    static final Derivatives JAVA = new Derivatives(new ImageIoCodec());
    static final Derivatives BEST = choose();

    private static Derivatives choose() {
      String forced = setting("shutterport.image.codec", "SHUTTERPORT_IMAGE_CODEC", "auto");
      if ("java".equals(forced)) {
        return JAVA;
      }
      Path jar =
          Path.of(
              setting(
                  "shutterport.turbojpeg.jar",
                  "SHUTTERPORT_TURBOJPEG_JAR",
                  "/usr/share/java/turbojpeg.jar"));
      Derivatives chosen = TurboJpegCodec.load(jar).map(Derivatives::new).orElse(JAVA);
      LOG.info("Image derivatives use " + chosen.codec.name());
      return chosen;
    }
  }

  /**
   * A setting of the image path: a system property, else an environment variable, else {@code
   * fallback}.
   */
  static String setting(String property, String env, String fallback) {
    String value = System.getProperty(property, System.getenv(env));
    return value == null || value.isBlank() ? fallback : value;
  }

  public String codecName() {
    return codec.name();
  }

  /** The codec itself, for tests and benchmarks in this package. */
  Codec codecForTests() {
    return codec;
  }

  /** Makes preview and thumbnail of a JPEG or PNG original. */
  public Set make(byte[] original) throws IOException {
    RgbImage upright = preview(original);
    RgbImage thumbnail = Lanczos.fit(upright, THUMBNAIL_EDGE);
    return new Set(
        codec.encodeJpeg(upright, QUALITY),
        codec.encodeJpeg(thumbnail, QUALITY),
        upright.width(),
        upright.height());
  }

  /** The preview's pixels: decoded small, resampled, converted to sRGB, turned upright. */
  RgbImage preview(byte[] original) throws IOException {
    if (isPng(original)) {
      RgbImage decoded = decodePng(original);
      return Lanczos.fit(decoded, PREVIEW_EDGE);
    }
    JpegHeader header = JpegHeader.read(original);
    RgbImage decoded = codec.decodeJpeg(original, PREVIEW_EDGE);
    RgbImage sized = Lanczos.fit(decoded, PREVIEW_EDGE);
    return Srgb.convert(sized, header.iccProfile()).oriented(header.orientation());
  }

  /** The preview with a tiled, diagonal watermark naming the marketplace. */
  public byte[] watermarked(byte[] preview, String label) throws IOException {
    RgbImage image = codec.decodeJpeg(preview, Integer.MAX_VALUE);
    BufferedImage view = image.asBufferedImage();
    Graphics2D g = view.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      int size = Math.max(16, Math.max(image.width(), image.height()) / 18);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
      g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
      g.transform(
          AffineTransform.getRotateInstance(
              -Math.PI / 6, image.width() / 2.0, image.height() / 2.0));
      int textWidth = g.getFontMetrics().stringWidth(label);
      int span = Math.max(image.width(), image.height()) * 2;
      for (int y = -span / 2; y < span; y += size * 4) {
        for (int x = -span / 2; x < span; x += textWidth + size * 2) {
          g.setColor(Color.BLACK);
          g.drawString(label, x + 2, y + 2);
          g.setColor(Color.WHITE);
          g.drawString(label, x, y);
        }
      }
    } finally {
      g.dispose();
    }
    return codec.encodeJpeg(image, QUALITY);
  }

  private static boolean isPng(byte[] data) {
    return data.length > 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N';
  }

  /**
   * A PNG decoded at most twice the preview's size: the reader keeps every n-th pixel of every n-th
   * row as it inflates the rows, so a 120-megapixel, 16-bit PNG never exists in memory whole; the
   * Lanczos resampling to the preview then works from twice its size, which keeps sampling's
   * aliasing out of the preview — or smaller, when half the node's decode budget holds no more. The
   * decoded pixels count against that budget.
   */
  private static RgbImage decodePng(byte[] png) throws IOException {
    try (javax.imageio.stream.ImageInputStream in =
        ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      java.util.Iterator<javax.imageio.ImageReader> readers =
          ImageIO.getImageReadersByFormatName("png");
      if (in == null || !readers.hasNext()) {
        throw new io.shutterport.gallery.domain.UnsupportedImageException();
      }
      javax.imageio.ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        int step =
            Math.max(
                subsampling(width, height, 2 * PREVIEW_EDGE),
                DecodeBudget.node().stepToFit(width, height, 8 + 4));
        long pixels = DecodeBudget.pixels(width, height, step);
        javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        // Up to 16 bits × 4 channels as read, then 4 bytes a pixel as RGB.
        try (DecodeBudget.Lease lease = DecodeBudget.node().take(pixels * (8 + 4))) {
          BufferedImage image = reader.read(0, param);
          return RgbImage.of(image);
        }
      } catch (io.shutterport.platform.error.ShutterportException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new io.shutterport.gallery.domain.UnsupportedImageException();
      } finally {
        reader.dispose();
      }
    }
  }

  /** The smallest step that brings the long edge to at most {@code edge}. */
  static int subsampling(int width, int height, int edge) {
    return Math.max(1, (Math.max(width, height) + edge - 1) / edge);
  }
}
