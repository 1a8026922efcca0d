package io.shutterport.gallery.imaging;

import io.shutterport.gallery.domain.ImageTooLargeException;
import java.util.concurrent.Semaphore;

/**
 * The memory all image decodes of this node may hold at once. A decode asks for the bytes its
 * pixels will take before it allocates them, and waits while others hold the budget; one that could
 * never fit is refused. The budget is a quarter of the heap (at least 64 MB), or {@code
 * SHUTTERPORT_IMAGES_DECODE_BUDGET_MB}.
 */
public final class DecodeBudget {
  private static final int KB = 1024;
  private static final DecodeBudget NODE = new DecodeBudget(configuredBytes());

  private final long totalKb;
  private final Semaphore permits;

  DecodeBudget(long bytes) {
    this.totalKb = Math.max(1, bytes / KB);
    this.permits = new Semaphore((int) Math.min(Integer.MAX_VALUE, totalKb), true);
  }

  /** This node's budget. */
  public static DecodeBudget node() {
    return NODE;
  }

  /** Bytes held while decoding; give them back by closing. */
  public interface Lease extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Takes {@code bytes} of the budget, waiting for other decodes to finish if need be.
   *
   * @throws ImageTooLargeException if the decode could never fit in the budget
   */
  public Lease take(long bytes) {
    long kb = Math.max(1, (bytes + KB - 1) / KB);
    if (kb > totalKb) {
      throw new ImageTooLargeException();
    }
    int n = (int) kb;
    permits.acquireUninterruptibly(n);
    return () -> permits.release(n);
  }

  /**
   * The smallest sampling step (every n-th pixel of every n-th row) at which an image of this size
   * takes at most half the budget.
   */
  public int stepToFit(int width, int height, int bytesPerPixel) {
    long limit = totalBytes() / 2;
    int step = 1;
    while (pixels(width, height, step) * bytesPerPixel > limit) {
      step++;
    }
    return step;
  }

  /**
   * The pixels an image has when every {@code step}-th pixel of every {@code step}-th row is read.
   */
  static long pixels(int width, int height, int step) {
    return (long) ((width + step - 1) / step) * ((height + step - 1) / step);
  }

  /** The whole budget in bytes. */
  public long totalBytes() {
    return totalKb * KB;
  }

  private static long configuredBytes() {
    String mb =
        Derivatives.setting(
            "shutterport.images.decode-budget-mb", "SHUTTERPORT_IMAGES_DECODE_BUDGET_MB", "");
    if (mb.matches("[0-9]{1,6}")) {
      return Long.parseLong(mb) * KB * KB;
    }
    return Math.max(64L * KB * KB, Runtime.getRuntime().maxMemory() / 4);
  }
}
