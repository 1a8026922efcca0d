package io.shutterport.web.gallery;

import io.shutterport.spi.storage.ByteRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP {@code Range: bytes=…} header (RFC 9110 §14), for resumed downloads. A single range is
 * served as asked; several ranges or a header that does not parse are ignored (the whole object is
 * sent, which the RFC allows); a range that starts past the end answers 416.
 */
final class RangeHeader {
  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  private RangeHeader() {}

  /** The bytes to send of an object of {@code total} bytes. */
  static ByteRange of(String header, long total) {
    if (header == null || total == 0) {
      return ByteRange.ALL;
    }
    Matcher m = SINGLE.matcher(header.strip());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return ByteRange.ALL;
    }
    if (m.group(1).isEmpty()) { // the last n bytes
      long n = Long.parseLong(m.group(2));
      if (n == 0) {
        throw unsatisfiable(total);
      }
      return new ByteRange(Math.max(0, total - n), total - 1);
    }
    long first = Long.parseLong(m.group(1));
    long last = m.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(m.group(2));
    if (last < first) {
      return ByteRange.ALL;
    }
    if (first >= total) {
      throw unsatisfiable(total);
    }
    return new ByteRange(first, Math.min(last, total - 1));
  }

  /** The range starts past the end of the object: answer 416 with {@code bytes *\/total}. */
  static final class Unsatisfiable extends RuntimeException {
    final long total;

    Unsatisfiable(long total) {
      super("range not satisfiable", null, false, false);
      this.total = total;
    }
  }

  private static Unsatisfiable unsatisfiable(long total) {
    return new Unsatisfiable(total);
  }
}
