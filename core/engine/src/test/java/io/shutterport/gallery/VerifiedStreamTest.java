package io.shutterport.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shutterport.platform.util.Sha256;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerifiedStreamTest {
  @ParameterizedTest
  @ValueSource(ints = {1, 1000, 64 * 1024, 64 * 1024 + 1, 3 * 64 * 1024, 1_000_003})
  void matchingBytesPassWhole(int size) throws IOException {
    byte[] original = bytes(size, 1);
    var out = new ByteArrayOutputStream();
    try (var in = new VerifiedStream(new ByteArrayInputStream(original), Sha256.hex(original))) {
      in.transferTo(out);
    }
    assertThat(out.toByteArray()).isEqualTo(original);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1000, 64 * 1024, 64 * 1024 + 1, 1_000_003})
  void changedBytesNeverArriveWhole(int size) {
    byte[] original = bytes(size, 1);
    byte[] swapped = original.clone();
    swapped[size / 2] ^= 1;
    var out = new ByteArrayOutputStream();
    assertThatThrownBy(
            () -> {
              try (var in =
                  new VerifiedStream(new ByteArrayInputStream(swapped), Sha256.hex(original))) {
                in.transferTo(out);
              }
            })
        .isInstanceOf(IOException.class);
    assertThat(out.size()).as("the last block is held back").isLessThan(size);
  }

  private static byte[] bytes(int size, long seed) {
    byte[] data = new byte[size];
    new Random(seed).nextBytes(data);
    return data;
  }
}
