package io.shutterport.web.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.spi.storage.ByteRange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Any {@code Range} header, for an object of any size: the whole object, a range inside it, or a
 * 416 — never a range past the end, a negative one or an unchecked failure. Tries per property:
 * {@code -Djqwik.tries.default=N}.
 */
class RangeHeaderProperties {
  @Property
  void anyHeaderGivesARangeInsideTheObjectOr416(
      @ForAll("headers") String header, @ForAll @LongRange(min = 0, max = 1L << 40) long total) {
    ByteRange range;
    try {
      range = RangeHeader.of(header, total);
    } catch (RangeHeader.Unsatisfiable e) {
      assertThat(e.total).isEqualTo(total);
      return;
    }
    if (range.equals(ByteRange.ALL)) {
      return;
    }
    assertThat(range.first()).isBetween(0L, total - 1);
    assertThat(range.last()).isBetween(range.first(), total - 1);
  }

  @Provide
  Arbitrary<String> headers() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMaxLength(22);
    Arbitrary<String> ranges =
        net.jqwik.api.Combinators.combine(digits, digits, Arbitraries.of("", " ", ",0-1", "-"))
            .as((a, b, tail) -> "bytes=" + a + "-" + b + tail);
    return Arbitraries.oneOf(ranges, Arbitraries.strings().ofMaxLength(60));
  }
}
