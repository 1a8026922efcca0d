package io.shutterport.gallery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.gallery.imaging.JpegHeader;
import io.shutterport.platform.error.ShutterportException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Uploaded bytes are untrusted: whatever they are — noise, a valid signature followed by noise, or
 * segments with lengths and offsets pointing anywhere — the header readers answer or refuse with a
 * clear error (a {@link ShutterportException}, 4xx), never an unchecked failure. Tries per
 * property: {@code -Djqwik.tries.default=N}.
 */
class ImageHeaderProperties {
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @Property
  void theInspectorAnswersOrRefusesCleanly(@ForAll("uploads") byte[] bytes) throws Exception {
    Path file = Files.createTempFile("fuzz-", ".bin");
    try {
      Files.write(file, bytes);
      try {
        var inspected = ImageInspector.inspect(file);
        assertThat(inspected.width()).isPositive();
        assertThat((long) inspected.width() * inspected.height())
            .isLessThanOrEqualTo(ImageInspector.MAX_PIXELS);
      } catch (ShutterportException refused) {
        assertThat(refused.kind().status()).isBetween(400, 499);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Property
  void theJpegHeaderReaderNeverFails(@ForAll("uploads") byte[] bytes) {
    try {
      JpegHeader header = JpegHeader.read(bytes);
      assertThat(header.orientation()).isBetween(1, 8);
    } catch (ShutterportException refused) {
      assertThat(refused.kind().status()).isBetween(400, 499);
    }
  }

  /** Noise; or a JPEG or PNG signature and then segments or chunks with arbitrary fields. */
  @Provide
  Arbitrary<byte[]> uploads() {
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
    Arbitrary<byte[]> jpegs =
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(2048)
            .map(
                tail -> {
                  byte[] out = new byte[JPEG.length + 2 + tail.length];
                  System.arraycopy(JPEG, 0, out, 0, JPEG.length);
                  out[2] = (byte) 0xFF;
                  out[3] = (byte) 0xE1; // an APP1 segment (EXIF) with whatever follows
                  System.arraycopy(tail, 0, out, 4, tail.length);
                  return out;
                });
    Arbitrary<byte[]> exif =
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(512)
            .map(
                tail -> {
                  byte[] head = {
                    (byte) 0xFF,
                    (byte) 0xD8,
                    (byte) 0xFF,
                    (byte) 0xE1,
                    0x02,
                    0x00,
                    'E',
                    'x',
                    'i',
                    'f',
                    0,
                    0,
                    'M',
                    'M',
                    0,
                    42
                  };
                  byte[] out = new byte[head.length + tail.length];
                  System.arraycopy(head, 0, out, 0, head.length);
                  System.arraycopy(tail, 0, out, head.length, tail.length);
                  return out;
                });
    Arbitrary<byte[]> pngs =
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(256)
            .map(
                tail -> {
                  byte[] out = new byte[PNG.length + tail.length];
                  System.arraycopy(PNG, 0, out, 0, PNG.length);
                  System.arraycopy(tail, 0, out, PNG.length, tail.length);
                  return out;
                });
    return Arbitraries.oneOf(noise, jpegs, exif, pngs);
  }
}
