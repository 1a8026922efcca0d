package io.shutterport.web.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shutterport.spi.storage.ByteRange;
import org.junit.jupiter.api.Test;

class RangeHeaderTest {
  @Test
  void singleRangesAreServedAsAsked() {
    assertThat(RangeHeader.of("bytes=0-99", 1000)).isEqualTo(new ByteRange(0, 99));
    assertThat(RangeHeader.of("bytes=100-", 1000)).isEqualTo(new ByteRange(100, 999));
    assertThat(RangeHeader.of("bytes=-10", 1000)).isEqualTo(new ByteRange(990, 999));
    assertThat(RangeHeader.of("bytes=-5000", 1000)).isEqualTo(new ByteRange(0, 999));
    assertThat(RangeHeader.of("bytes=900-5000", 1000)).isEqualTo(new ByteRange(900, 999));
  }

  @Test
  void whatDoesNotParseOrAsksForSeveralRangesGetsTheWholeObject() {
    for (String header :
        new String[] {null, "", "bytes=", "bytes=-", "items=0-1", "bytes=5-1", "bytes=0-1,4-5"}) {
      assertThat(RangeHeader.of(header, 1000)).as(header).isEqualTo(ByteRange.ALL);
    }
    assertThat(RangeHeader.of("bytes=0-10", 0)).as("an empty object").isEqualTo(ByteRange.ALL);
  }

  @Test
  void aRangePastTheEndIsUnsatisfiable() {
    for (String header : new String[] {"bytes=1000-", "bytes=1000-2000", "bytes=-0"}) {
      assertThatThrownBy(() -> RangeHeader.of(header, 1000))
          .as(header)
          .isInstanceOfSatisfying(
              RangeHeader.Unsatisfiable.class, e -> assertThat(e.total).isEqualTo(1000));
    }
  }
}
