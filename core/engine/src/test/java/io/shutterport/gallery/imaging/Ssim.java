package io.shutterport.gallery.imaging;

/**
 * Mean structural similarity of two images' luma as Wang, Bovik, Sheikh and Simoncelli define it
 * (2004): local statistics under an 11×11 Gaussian window (σ = 1.5), K1 = 0.01, K2 = 0.03, for
 * 8-bit data; the mean over every position where the window fits.
 */
final class Ssim {
  private static final double C1 = Math.pow(0.01 * 255, 2);
  private static final double C2 = Math.pow(0.03 * 255, 2);
  private static final double[] WINDOW = gaussian(11, 1.5);

  private Ssim() {}

  static double of(RgbImage a, RgbImage b) {
    if (a.width() != b.width() || a.height() != b.height()) {
      throw new IllegalArgumentException("sizes differ");
    }
    int w = a.width();
    int h = a.height();
    double[] x = luma(a);
    double[] y = luma(b);
    double[] xx = new double[x.length];
    double[] yy = new double[x.length];
    double[] xy = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      xx[i] = x[i] * x[i];
      yy[i] = y[i] * y[i];
      xy[i] = x[i] * y[i];
    }
    double[] mx = blur(x, w, h);
    double[] my = blur(y, w, h);
    double[] sxx = blur(xx, w, h);
    double[] syy = blur(yy, w, h);
    double[] sxy = blur(xy, w, h);
    int r = WINDOW.length / 2;
    double total = 0;
    long count = 0;
    for (int row = r; row < h - r; row++) {
      for (int col = r; col < w - r; col++) {
        int i = row * w + col;
        double vx = sxx[i] - mx[i] * mx[i];
        double vy = syy[i] - my[i] * my[i];
        double cov = sxy[i] - mx[i] * my[i];
        total +=
            ((2 * mx[i] * my[i] + C1) * (2 * cov + C2))
                / ((mx[i] * mx[i] + my[i] * my[i] + C1) * (vx + vy + C2));
        count++;
      }
    }
    return total / count;
  }

  /** Separable Gaussian filter; edges are left unfiltered (they are not scored). */
  private static double[] blur(double[] in, int w, int h) {
    int r = WINDOW.length / 2;
    double[] rows = new double[in.length];
    for (int y = 0; y < h; y++) {
      for (int x = r; x < w - r; x++) {
        double s = 0;
        for (int k = -r; k <= r; k++) {
          s += in[y * w + x + k] * WINDOW[k + r];
        }
        rows[y * w + x] = s;
      }
    }
    double[] out = new double[in.length];
    for (int y = r; y < h - r; y++) {
      for (int x = r; x < w - r; x++) {
        double s = 0;
        for (int k = -r; k <= r; k++) {
          s += rows[(y + k) * w + x] * WINDOW[k + r];
        }
        out[y * w + x] = s;
      }
    }
    return out;
  }

  private static double[] gaussian(int size, double sigma) {
    double[] g = new double[size];
    double sum = 0;
    for (int i = 0; i < size; i++) {
      double d = i - size / 2;
      g[i] = Math.exp(-d * d / (2 * sigma * sigma));
      sum += g[i];
    }
    for (int i = 0; i < size; i++) {
      g[i] /= sum;
    }
    return g;
  }

  private static double[] luma(RgbImage image) {
    int[] px = image.pixels();
    double[] out = new double[image.width() * image.height()];
    for (int i = 0; i < out.length; i++) {
      int p = px[i];
      out[i] = 0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF);
    }
    return out;
  }
}
