package io.shutterport.gallery.imaging;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Photo-like test images and JPEGs carrying the metadata the pipeline must honour: an EXIF
 * orientation, an ICC profile (a generated Adobe RGB (1998) equivalent), a GPS position.
 */
final class TestPhotos {
  private TestPhotos() {}

  /** Gradients, shapes, edges, lettering and grain: detail at every scale, like a photo. */
  static RgbImage photo(int width, int height, long seed) {
    RgbImage image = RgbImage.blank(width, height);
    Random random = new Random(seed);
    Graphics2D g = image.asBufferedImage().createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setPaint(
          new GradientPaint(0, 0, new Color(40, 90, 160), width, height, new Color(230, 190, 120)));
      g.fillRect(0, 0, width, height);
      int unit = Math.max(4, Math.min(width, height) / 40);
      for (int i = 0; i < 120; i++) {
        g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 170));
        int size = unit * (1 + random.nextInt(8));
        int x = random.nextInt(width);
        int y = random.nextInt(height);
        switch (i % 3) {
          case 0 -> g.fillOval(x, y, size, size);
          case 1 -> g.fillRect(x, y, size, size / 2);
          default -> {
            g.setStroke(new BasicStroke(1 + random.nextInt(Math.max(2, unit / 4))));
            g.drawLine(x, y, x + size * 3, y + size);
          }
        }
      }
      g.setColor(Color.WHITE);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, unit * 2));
      for (int y = unit * 3; y < height; y += unit * 9) {
        g.drawString("Shutterport 七五三 2026 — fine detail", unit, y);
      }
    } finally {
      g.dispose();
    }
    int[] px = soften(image).pixels();
    for (int i = 0; i < px.length; i++) {
      int noise = (int) Math.round(random.nextGaussian() * 2);
      int p = px[i];
      px[i] =
          (clamp(((p >> 16) & 0xFF) + noise) << 16)
              | (clamp(((p >> 8) & 0xFF) + noise) << 8)
              | clamp((p & 0xFF) + noise);
    }
    return new RgbImage(width, height, px);
  }

  /** A lens is never perfectly sharp: a 3×3 binomial blur, like a good lens at f/8. */
  private static RgbImage soften(RgbImage image) {
    int w = image.width();
    int h = image.height();
    int[] in = image.pixels();
    int[] out = new int[in.length];
    int[] k = {1, 2, 1};
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int r = 0;
        int g = 0;
        int b = 0;
        for (int j = -1; j <= 1; j++) {
          int yy = Math.max(0, Math.min(h - 1, y + j));
          for (int i = -1; i <= 1; i++) {
            int p = in[yy * w + Math.max(0, Math.min(w - 1, x + i))];
            int weight = k[j + 1] * k[i + 1];
            r += ((p >> 16) & 0xFF) * weight;
            g += ((p >> 8) & 0xFF) * weight;
            b += (p & 0xFF) * weight;
          }
        }
        out[y * w + x] = ((r / 16) << 16) | ((g / 16) << 8) | (b / 16);
      }
    }
    return new RgbImage(w, h, out);
  }

  /** Two flat halves, left and right, for orientation checks. */
  static RgbImage halves(int width, int height, int left, int right) {
    RgbImage image = RgbImage.blank(width, height);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.pixels()[y * width + x] = x < width / 2 ? left : right;
      }
    }
    return image;
  }

  /** A JPEG of the pixels as they are, with the given segments added after the SOI marker. */
  static byte[] jpeg(RgbImage image, int quality, byte[]... segments) throws IOException {
    byte[] plain = Derivatives.pureJava().codecForTests().encodeJpeg(image, quality);
    ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length + 4096);
    out.write(plain, 0, 2);
    for (byte[] segment : segments) {
      out.write(segment);
    }
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  /** An APP1 EXIF segment with IFD0 holding the orientation, and a GPS IFD when asked. */
  static byte[] exif(int orientation, boolean gps) {
    ByteBuffer tiff = ByteBuffer.allocate(200); // big-endian, "MM"
    tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    tiff.putShort((short) (gps ? 2 : 1));
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation);
    tiff.putShort((short) 0);
    if (gps) {
      int gpsIfd = 8 + 2 + 2 * 12 + 4;
      tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
    }
    tiff.putInt(0);
    if (gps) {
      tiff.putShort((short) 1); // GPSLatitudeRef = "N"
      tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0);
      tiff.putShort((short) 0);
      tiff.putInt(0);
    }
    byte[] body = new byte[tiff.position()];
    tiff.flip().get(body);
    return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), body));
  }

  /** An ICC profile in APP2 segments (one chunk: the profiles here are small). */
  static byte[] icc(byte[] profile) {
    byte[] head = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    return segment(0xE2, concat(head, new byte[] {1, 1}, profile));
  }

  /**
   * An Adobe RGB (1998) equivalent: sRGB's profile with Adobe RGB's D50-adapted primaries and a 2.2
   * gamma (563/256) curve.
   */
  static byte[] adobeRgbProfile() {
    ICC_Profile profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
    ICC_Profile adobe = ICC_Profile.getInstance(profile.getData());
    adobe.setData(ICC_Profile.icSigRedColorantTag, xyz(0.60974, 0.31111, 0.01947));
    adobe.setData(ICC_Profile.icSigGreenColorantTag, xyz(0.20528, 0.62567, 0.06087));
    adobe.setData(ICC_Profile.icSigBlueColorantTag, xyz(0.14919, 0.06322, 0.74457));
    byte[] gamma =
        ByteBuffer.allocate(14)
            .putInt(0x63757276)
            .putInt(0)
            .putInt(1)
            .putShort((short) 563)
            .array();
    adobe.setData(ICC_Profile.icSigRedTRCTag, gamma);
    adobe.setData(ICC_Profile.icSigGreenTRCTag, gamma);
    adobe.setData(ICC_Profile.icSigBlueTRCTag, gamma);
    return adobe.getData();
  }

  private static byte[] xyz(double x, double y, double z) {
    return ByteBuffer.allocate(20)
        .putInt(0x58595A20)
        .putInt(0)
        .putInt((int) Math.round(x * 65536))
        .putInt((int) Math.round(y * 65536))
        .putInt((int) Math.round(z * 65536))
        .array();
  }

  private static byte[] segment(int marker, byte[] body) {
    ByteBuffer out = ByteBuffer.allocate(body.length + 4);
    out.put((byte) 0xFF).put((byte) marker).putShort((short) (body.length + 2)).put(body);
    return out.array();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static int clamp(int v) {
    return v < 0 ? 0 : Math.min(v, 255);
  }
}
