package io.shutterport.spi.storage;

/**
 * An inclusive byte range, as in HTTP {@code Range: bytes=first-last}.
 *
 * @param first the first byte, from 0
 * @param last the last byte, inclusive; {@link Long#MAX_VALUE} for "to the end"
 */
public record ByteRange(long first, long last) {
  public static final ByteRange ALL = new ByteRange(0, Long.MAX_VALUE);

  public ByteRange {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("invalid byte range " + first + "-" + last);
    }
  }

  /** This range clipped to an object of {@code length} bytes. */
  public ByteRange clip(long length) {
    if (length == 0) {
      return new ByteRange(0, 0);
    }
    if (first >= length) {
      throw new IllegalArgumentException("range starts after the end of the object");
    }
    return new ByteRange(first, Math.min(last, length - 1));
  }

  /** Number of bytes in this range once clipped. */
  public long length() {
    return last - first + 1;
  }
}
