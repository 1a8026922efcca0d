package io.shutterport.gallery.domain;

import io.shutterport.platform.error.ShutterportException;

/** An upload would take a user, or the whole marketplace, past its photo storage quota. */
public class QuotaExceededException extends ShutterportException {
  /**
   * @param marketplace true when the marketplace's quota is full, false for the user's own
   * @param quotaBytes the quota
   */
  public QuotaExceededException(boolean marketplace, long quotaBytes) {
    super(marketplace ? "error.quotaTenant" : "error.quotaUser", size(quotaBytes));
  }

  /** "200 GB", "1.5 TB", "300 KB": the quota as people write it (decimal units). */
  static String size(long bytes) {
    String[] units = {"B", "KB", "MB", "GB", "TB", "PB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    String number =
        value == Math.rint(value)
            ? String.valueOf((long) value)
            : String.format(java.util.Locale.ROOT, "%.1f", value);
    return number + " " + units[unit];
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
