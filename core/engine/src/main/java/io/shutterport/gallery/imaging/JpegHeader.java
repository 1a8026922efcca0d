package io.shutterport.gallery.imaging;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * What the pipeline needs from a JPEG's header, read from its marker segments without decoding: the
 * EXIF orientation and the embedded ICC colour profile. Malformed segments are ignored (orientation
 * 1, no profile) rather than trusted.
 *
 * @param orientation EXIF orientation 1–8; 1 when absent
 * @param iccProfile the embedded ICC profile, reassembled from its APP2 chunks; null when absent
 */
public record JpegHeader(int orientation, byte[] iccProfile) {
  private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);

  /** Reads the segments before the first scan; a file that is not a JPEG gives the defaults. */
  public static JpegHeader read(byte[] jpeg) {
    int orientation = 1;
    TreeMap<Integer, byte[]> iccChunks = new TreeMap<>();
    if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
      return new JpegHeader(1, null);
    }
    int at = 2;
    while (at + 4 <= jpeg.length) {
      if ((jpeg[at] & 0xFF) != 0xFF) {
        break;
      }
      int marker = jpeg[at + 1] & 0xFF;
      if (marker == 0xFF) {
        at++; // fill byte
        continue;
      }
      if (marker == 0xDA || marker == 0xD9) {
        break; // start of scan: no more header
      }
      int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
      int body = at + 4;
      int end = at + 2 + length;
      if (length < 2 || end > jpeg.length) {
        break;
      }
      if (marker == 0xE1 && startsWith(jpeg, body, end, EXIF)) {
        orientation = exifOrientation(jpeg, body + EXIF.length, end);
      } else if (marker == 0xE2
          && startsWith(jpeg, body, end, ICC)
          && end - body > ICC.length + 2) {
        int sequence = jpeg[body + ICC.length] & 0xFF;
        iccChunks.put(sequence, Arrays.copyOfRange(jpeg, body + ICC.length + 2, end));
      }
      at = end;
    }
    byte[] icc = null;
    if (!iccChunks.isEmpty()) {
      ByteArrayOutputStream joined = new ByteArrayOutputStream();
      iccChunks.values().forEach(joined::writeBytes);
      icc = joined.toByteArray();
    }
    return new JpegHeader(orientation, icc);
  }

  private static boolean startsWith(byte[] data, int from, int end, byte[] prefix) {
    return end - from >= prefix.length
        && Arrays.equals(data, from, from + prefix.length, prefix, 0, prefix.length);
  }

  /** Tag 0x0112 of IFD0 in a TIFF structure (either byte order); 1 when absent or malformed. */
  private static int exifOrientation(byte[] d, int tiff, int end) {
    if (end - tiff < 8) {
      return 1;
    }
    boolean little = d[tiff] == 'I' && d[tiff + 1] == 'I';
    if (!little && !(d[tiff] == 'M' && d[tiff + 1] == 'M')) {
      return 1;
    }
    long ifd = u32(d, tiff + 4, little);
    if (ifd < 8 || tiff + ifd + 2 > end) {
      return 1;
    }
    int at = (int) (tiff + ifd);
    int entries = u16(d, at, little);
    at += 2;
    for (int i = 0; i < entries && at + 12 <= end; i++, at += 12) {
      if (u16(d, at, little) == 0x0112) {
        int value = u16(d, at + 8, little);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  private static int u16(byte[] d, int at, boolean little) {
    int a = d[at] & 0xFF;
    int b = d[at + 1] & 0xFF;
    return little ? a | (b << 8) : (a << 8) | b;
  }

  private static long u32(byte[] d, int at, boolean little) {
    long hi = u16(d, little ? at + 2 : at, little);
    long lo = u16(d, little ? at : at + 2, little);
    return (hi << 16) | lo;
  }
}
