package io.shutterport.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/** Test photos made on the fly. */
final class Images {
  private Images() {}

  static byte[] jpeg(int width, int height, Color color) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.WHITE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A JPEG whose EXIF carries a GPS position (latitude N 35°), inserted after the JFIF header the
   * way cameras and phones write it.
   */
  static byte[] jpegWithGps(int width, int height) {
    byte[] plain = jpeg(width, height, Color.ORANGE);
    java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(80); // big-endian, like "MM"
    tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
    tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
    tiff.putInt(0); // no next IFD; the GPS IFD starts at 26
    tiff.putShort((short) 2);
    tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
    tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
    tiff.putInt(0);
    tiff.putInt(35).putInt(1).putInt(0).putInt(1).putInt(0).putInt(1); // 35° 0' 0"
    byte[] exif = new byte[6 + tiff.position()];
    System.arraycopy(
        "Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, exif, 0, 6);
    System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());
    int afterJfif = 4 + (((plain[4] & 0xff) << 8) | (plain[5] & 0xff));
    var out = new ByteArrayOutputStream();
    out.write(plain, 0, afterJfif);
    out.write(0xFF);
    out.write(0xE1);
    out.write((exif.length + 2) >> 8);
    out.write((exif.length + 2) & 0xff);
    out.write(exif, 0, exif.length);
    out.write(plain, afterJfif, plain.length - afterJfif);
    return out.toByteArray();
  }

  /** Whether JPEG bytes contain an EXIF segment. */
  static boolean hasExif(byte[] jpeg) {
    byte[] marker = "Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + marker.length <= jpeg.length; i++) {
      for (int j = 0; j < marker.length; j++) {
        if (jpeg[i + j] != marker[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
