package io.shutterport.gallery.imaging;

/**
 * Separable Lanczos-3 resampling on packed RGB, in fixed point: each output pixel is the weighted
 * sum of the source pixels under the kernel, stretched by the reduction factor so that it also
 * filters (no aliasing when shrinking). Rows first, then columns, each pass a single sweep over
 * memory. Weights are exact integers summing to one, so flat areas stay flat.
 */
public final class Lanczos {
  private static final int LOBES = 3;
  private static final int SHIFT = 14;
  private static final int ONE = 1 << SHIFT;
  private static final int HALF = 1 << (SHIFT - 1);

  private Lanczos() {}

  public static RgbImage resize(RgbImage source, int width, int height) {
    if (width == source.width() && height == source.height()) {
      return source;
    }
    RgbImage rows = horizontal(source, width);
    return vertical(rows, height);
  }

  /** Scales so that the longer side is {@code longEdge}; never enlarges. */
  public static RgbImage fit(RgbImage source, int longEdge) {
    int longSide = Math.max(source.width(), source.height());
    if (longSide <= longEdge) {
      return source;
    }
    double factor = (double) longEdge / longSide;
    return resize(
        source,
        Math.max(1, (int) Math.round(source.width() * factor)),
        Math.max(1, (int) Math.round(source.height() * factor)));
  }

  /** Per output position: the first source index, then as many weights as the kernel is wide. */
  private record Kernel(int taps, int[] first, int[] weights) {}

  private static Kernel kernel(int in, int out) {
    double scale = (double) in / out;
    double stretch = Math.max(1, scale);
    double support = LOBES * stretch;
    int taps = (int) Math.ceil(support * 2) + 1;
    int[] first = new int[out];
    int[] weights = new int[out * taps];
    double[] raw = new double[taps];
    for (int i = 0; i < out; i++) {
      double centre = (i + 0.5) * scale;
      int start = (int) Math.floor(centre - support);
      start = Math.max(0, Math.min(start, in - taps));
      start = Math.max(0, start);
      double sum = 0;
      for (int k = 0; k < taps; k++) {
        int j = start + k;
        raw[k] = j < in ? lanczos((j + 0.5 - centre) / stretch) : 0;
        sum += raw[k];
      }
      first[i] = start;
      int total = 0;
      int biggest = 0;
      for (int k = 0; k < taps; k++) {
        int w = (int) Math.round(raw[k] / sum * ONE);
        weights[i * taps + k] = w;
        total += w;
        if (Math.abs(w) > Math.abs(weights[i * taps + biggest])) {
          biggest = k;
        }
      }
      weights[i * taps + biggest] += ONE - total;
    }
    return new Kernel(taps, first, weights);
  }

  private static double lanczos(double x) {
    if (x == 0) {
      return 1;
    }
    if (x <= -LOBES || x >= LOBES) {
      return 0;
    }
    double px = Math.PI * x;
    return LOBES * Math.sin(px) * Math.sin(px / LOBES) / (px * px);
  }

  private static RgbImage horizontal(RgbImage source, int width) {
    int inW = source.width();
    int height = source.height();
    if (width == inW) {
      return source;
    }
    Kernel k = kernel(inW, width);
    int taps = k.taps();
    int[] src = source.pixels();
    int[] out = new int[width * height];
    for (int y = 0; y < height; y++) {
      int row = y * inW;
      int outRow = y * width;
      for (int x = 0; x < width; x++) {
        int r = HALF;
        int g = HALF;
        int b = HALF;
        int at = row + k.first()[x];
        int wi = x * taps;
        int n = Math.min(taps, inW - k.first()[x]);
        for (int t = 0; t < n; t++) {
          int p = src[at + t];
          int w = k.weights()[wi + t];
          r += ((p >> 16) & 0xFF) * w;
          g += ((p >> 8) & 0xFF) * w;
          b += (p & 0xFF) * w;
        }
        out[outRow + x] = pack(r, g, b);
      }
    }
    return new RgbImage(width, height, out);
  }

  private static RgbImage vertical(RgbImage source, int height) {
    int width = source.width();
    int inH = source.height();
    if (height == inH) {
      return source;
    }
    Kernel k = kernel(inH, height);
    int taps = k.taps();
    int[] src = source.pixels();
    int[] out = new int[width * height];
    int[] r = new int[width];
    int[] g = new int[width];
    int[] b = new int[width];
    for (int y = 0; y < height; y++) {
      java.util.Arrays.fill(r, HALF);
      java.util.Arrays.fill(g, HALF);
      java.util.Arrays.fill(b, HALF);
      int n = Math.min(taps, inH - k.first()[y]);
      for (int t = 0; t < n; t++) {
        int w = k.weights()[y * taps + t];
        if (w == 0) {
          continue;
        }
        int row = (k.first()[y] + t) * width;
        for (int x = 0; x < width; x++) {
          int p = src[row + x];
          r[x] += ((p >> 16) & 0xFF) * w;
          g[x] += ((p >> 8) & 0xFF) * w;
          b[x] += (p & 0xFF) * w;
        }
      }
      int outRow = y * width;
      for (int x = 0; x < width; x++) {
        out[outRow + x] = pack(r[x], g[x], b[x]);
      }
    }
    return new RgbImage(width, height, out);
  }

  private static int pack(int r, int g, int b) {
    return (clamp(r >> SHIFT) << 16) | (clamp(g >> SHIFT) << 8) | clamp(b >> SHIFT);
  }

  private static int clamp(int v) {
    return v < 0 ? 0 : Math.min(v, 255);
  }
}
