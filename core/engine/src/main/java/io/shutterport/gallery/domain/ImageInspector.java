package io.shutterport.gallery.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides what an uploaded file is by its bytes, and reads its declared dimensions from the header
 * without decoding pixels, so a pixel flood is refused before it costs memory.
 */
public final class ImageInspector {
  /** Largest side and pixel count accepted (a 100-megapixel camera fits). */
  public static final int MAX_SIDE = 20_000;

  public static final long MAX_PIXELS = 120_000_000L;

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private ImageInspector() {}

  /**
   * What a checked image is.
   *
   * @param contentType image/jpeg or image/png
   * @param extension jpg or png
   * @param width declared width
   * @param height declared height
   */
  public record Inspected(String contentType, String extension, int width, int height) {}

  public static Inspected inspect(Path file) throws IOException {
    byte[] head = new byte[8];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, 8);
    }
    String format;
    Inspected template;
    if (read >= 3 && Arrays.equals(Arrays.copyOf(head, 3), JPEG)) {
      format = "jpeg";
      template = new Inspected("image/jpeg", "jpg", 0, 0);
      if (!endsWithJpegEnd(file)) {
        throw new UnsupportedImageException();
      }
    } else if (read == 8 && Arrays.equals(head, PNG)) {
      format = "png";
      template = new Inspected("image/png", "png", 0, 0);
    } else {
      throw new UnsupportedImageException();
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
      if (in == null || !readers.hasNext()) {
        throw new UnsupportedImageException();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < 1 || height < 1) {
          throw new UnsupportedImageException();
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
          throw new ImageTooLargeException();
        }
        return new Inspected(template.contentType(), template.extension(), width, height);
      } catch (IOException | RuntimeException e) {
        if (e instanceof ImageTooLargeException || e instanceof UnsupportedImageException) {
          throw e;
        }
        throw new UnsupportedImageException();
      } finally {
        reader.dispose();
      }
    }
  }

  /** A complete JPEG ends with the EOI marker (some cameras pad a little after it). */
  private static boolean endsWithJpegEnd(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long length = raf.length();
      int window = (int) Math.min(length, 4096);
      byte[] tail = new byte[window];
      raf.seek(length - window);
      raf.readFully(tail);
      for (int i = window - 2; i >= 0; i--) {
        if (tail[i] == (byte) 0xFF && tail[i + 1] == (byte) 0xD9) {
          return true;
        }
      }
      return false;
    }
  }
}
