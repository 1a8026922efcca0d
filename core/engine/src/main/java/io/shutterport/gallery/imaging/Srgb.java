package io.shutterport.gallery.imaging;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts pixels from an embedded ICC profile (Adobe RGB, Display P3…) to sRGB, the space browsers
 * assume for untagged images. The profile's transform is sampled once into a 33×33×33 table and
 * applied by trilinear interpolation, which costs a few array reads per pixel whatever the profile.
 * Images without a profile, or with an sRGB one, are left alone.
 */
public final class Srgb {
  private static final int GRID = 33;
  private static final Map<ByteBuffer, int[]> TABLES = new ConcurrentHashMap<>();
  private static final int[] IDENTITY = new int[0];

  private Srgb() {}

  public static RgbImage convert(RgbImage image, byte[] iccProfile) {
    if (iccProfile == null) {
      return image;
    }
    int[] table = tableFor(iccProfile);
    if (table == IDENTITY) {
      return image;
    }
    int[] in = image.pixels();
    int[] out = new int[in.length];
    int step = 255 * 1024 / (GRID - 1); // fixed point: grid cells in 1/1024
    for (int i = 0; i < in.length; i++) {
      int p = in[i];
      out[i] = interpolate(table, (p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF, step);
    }
    return new RgbImage(image.width(), image.height(), out);
  }

  private static int interpolate(int[] t, int r, int g, int b, int step) {
    int rf = r * 1024 * 1024 / step;
    int gf = g * 1024 * 1024 / step;
    int bf = b * 1024 * 1024 / step;
    int r0 = Math.min(rf >> 10, GRID - 2);
    int g0 = Math.min(gf >> 10, GRID - 2);
    int b0 = Math.min(bf >> 10, GRID - 2);
    int dr = rf - (r0 << 10);
    int dg = gf - (g0 << 10);
    int db = bf - (b0 << 10);
    int base = (r0 * GRID + g0) * GRID + b0;
    int result = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int c000 = (t[base] >> shift) & 0xFF;
      int c001 = (t[base + 1] >> shift) & 0xFF;
      int c010 = (t[base + GRID] >> shift) & 0xFF;
      int c011 = (t[base + GRID + 1] >> shift) & 0xFF;
      int c100 = (t[base + GRID * GRID] >> shift) & 0xFF;
      int c101 = (t[base + GRID * GRID + 1] >> shift) & 0xFF;
      int c110 = (t[base + GRID * GRID + GRID] >> shift) & 0xFF;
      int c111 = (t[base + GRID * GRID + GRID + 1] >> shift) & 0xFF;
      int c00 = c000 * 1024 + (c001 - c000) * db;
      int c01 = c010 * 1024 + (c011 - c010) * db;
      int c10 = c100 * 1024 + (c101 - c100) * db;
      int c11 = c110 * 1024 + (c111 - c110) * db;
      long c0 = (long) c00 * 1024 + (long) (c01 - c00) * dg;
      long c1 = (long) c10 * 1024 + (long) (c11 - c10) * dg;
      long c = c0 * 1024 + (c1 - c0) * dr;
      int v = (int) ((c + (1L << 29)) >> 30);
      result |= Math.max(0, Math.min(255, v)) << shift;
    }
    return result;
  }

  /** The sampled transform of a profile; {@link #IDENTITY} when it is sRGB or unusable. */
  private static int[] tableFor(byte[] icc) {
    if (TABLES.size() > 32) {
      TABLES.clear(); // a handful of profiles are common; never let odd ones pile up
    }
    return TABLES.computeIfAbsent(ByteBuffer.wrap(icc.clone()), key -> sample(icc));
  }

  private static int[] sample(byte[] icc) {
    ICC_ColorSpace source;
    try {
      ICC_Profile profile = ICC_Profile.getInstance(icc);
      if (profile.getColorSpaceType() != ColorSpace.TYPE_RGB) {
        return IDENTITY;
      }
      source = new ICC_ColorSpace(profile);
    } catch (IllegalArgumentException e) {
      return IDENTITY; // a profile that does not parse is ignored, as browsers do
    }
    ColorSpace srgb = ColorSpace.getInstance(ColorSpace.CS_sRGB);
    int[] table = new int[GRID * GRID * GRID];
    float[] rgb = new float[3];
    int maxDifference = 0;
    for (int r = 0; r < GRID; r++) {
      for (int g = 0; g < GRID; g++) {
        for (int b = 0; b < GRID; b++) {
          rgb[0] = r / (float) (GRID - 1);
          rgb[1] = g / (float) (GRID - 1);
          rgb[2] = b / (float) (GRID - 1);
          float[] out = srgb.fromCIEXYZ(source.toCIEXYZ(rgb));
          int packed = 0;
          for (int c = 0; c < 3; c++) {
            int v = Math.round(Math.max(0, Math.min(1, out[c])) * 255);
            int expected = Math.round(rgb[c] * 255);
            maxDifference = Math.max(maxDifference, Math.abs(v - expected));
            packed = (packed << 8) | v;
          }
          table[(r * GRID + g) * GRID + b] = packed;
        }
      }
    }
    return maxDifference <= 2 ? IDENTITY : table;
  }
}
