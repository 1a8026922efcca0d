package io.shutterport.gallery.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DerivativesTest {
  private static final int RED = 0xE01010;
  private static final int BLUE = 0x1010E0;

  /** Both codecs: the test command installs libjpeg-turbo's binding, so both really run. */
  static List<Derivatives> pipelines() {
    return List.of(Derivatives.best(), Derivatives.pureJava());
  }

  @Test
  void theTestMachineHasTheNativeCodec() {
    assertThat(Derivatives.best().codecName()).isEqualTo("libjpeg-turbo");
  }

  @ParameterizedTest
  @MethodSource("pipelines")
  void previewAndThumbnailAreSizedByTheirLongEdge(Derivatives pipeline) throws IOException {
    byte[] original = TestPhotos.jpeg(TestPhotos.photo(3000, 2000, 1), 92);
    Derivatives.Set set = pipeline.make(original);
    RgbImage preview = decode(set.preview());
    RgbImage thumbnail = decode(set.thumbnail());
    assertThat(preview.width()).isEqualTo(2048);
    assertThat(preview.height()).isEqualTo(1365);
    assertThat(thumbnail.width()).isEqualTo(400);
    assertThat(thumbnail.height()).isEqualTo(267);
    assertThat(set.width()).isEqualTo(2048);
  }

  @ParameterizedTest
  @MethodSource("pipelines")
  void exifOrientationSixStandsThePhotoUp(Derivatives pipeline) throws IOException {
    // Stored landscape, red on the left; orientation 6 means "turn 90° clockwise to view".
    byte[] original =
        TestPhotos.jpeg(TestPhotos.halves(3000, 2000, RED, BLUE), 92, TestPhotos.exif(6, false));
    RgbImage preview = decode(pipeline.make(original).preview());
    assertThat(preview.width()).isEqualTo(1365);
    assertThat(preview.height()).isEqualTo(2048);
    assertThat(near(preview.pixels()[20 * preview.width() + 600], RED)).isTrue();
    assertThat(near(preview.pixels()[2000 * preview.width() + 600], BLUE)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("pipelines")
  void anAdobeRgbPhotoIsConvertedToSrgb(Derivatives pipeline) throws IOException {
    int green = 0x40C040; // in Adobe RGB: a more saturated green than sRGB can show
    byte[] tagged =
        TestPhotos.jpeg(
            TestPhotos.halves(2400, 1600, green, green),
            95,
            TestPhotos.icc(TestPhotos.adobeRgbProfile()));
    byte[] untagged = TestPhotos.jpeg(TestPhotos.halves(2400, 1600, green, green), 95);
    int converted = decode(pipeline.make(tagged).preview()).pixels()[1000];
    int asIs = decode(pipeline.make(untagged).preview()).pixels()[1000];
    assertThat(near(asIs, green)).as("an untagged image is taken as sRGB").isTrue();
    // Adobe RGB (64, 192, 64) is about sRGB (0, 193, 58) — red and blue fall, green holds.
    assertThat((converted >> 16) & 0xFF).isLessThan(30);
    assertThat((converted >> 8) & 0xFF).isBetween(180, 205);
    assertThat(converted & 0xFF).isBetween(40, 75);
  }

  @ParameterizedTest
  @MethodSource("pipelines")
  void derivativesCarryNoMetadataOfTheOriginal(Derivatives pipeline) throws IOException {
    byte[] original =
        TestPhotos.jpeg(
            TestPhotos.photo(1200, 800, 2),
            90,
            TestPhotos.exif(1, true),
            TestPhotos.icc(TestPhotos.adobeRgbProfile()));
    assertThat(hasSegment(original, 0xE1)).isTrue();
    Derivatives.Set set = pipeline.make(original);
    for (byte[] derived : List.of(set.preview(), set.thumbnail())) {
      assertThat(hasSegment(derived, 0xE1)).as("no EXIF (no GPS)").isFalse();
      assertThat(hasSegment(derived, 0xE2)).as("no ICC profile: it is sRGB now").isFalse();
    }
    byte[] watermarked = pipeline.watermarked(set.preview(), "sakura");
    assertThat(hasSegment(watermarked, 0xE1)).isFalse();
  }

  @Test
  void aWatermarkChangesThePreviewVisibly() throws IOException {
    Derivatives pipeline = Derivatives.best();
    byte[] preview =
        pipeline.make(TestPhotos.jpeg(TestPhotos.halves(1600, 1200, BLUE, BLUE), 92)).preview();
    RgbImage plain = decode(preview);
    RgbImage marked = decode(pipeline.watermarked(preview, "Sakura Photo"));
    int changed = 0;
    for (int i = 0; i < plain.pixels().length; i++) {
      if (!near(plain.pixels()[i], marked.pixels()[i])) {
        changed++;
      }
    }
    assertThat((double) changed / plain.pixels().length).isBetween(0.02, 0.6);
  }

  @Test
  void lanczosKeepsAFlatAreaFlatAndShrinksExactly() {
    RgbImage flat = TestPhotos.halves(999, 333, 0x336699, 0x336699);
    RgbImage small = Lanczos.resize(flat, 100, 37);
    assertThat(small.width()).isEqualTo(100);
    assertThat(small.height()).isEqualTo(37);
    assertThat(small.pixels()).containsOnly(0x336699);
  }

  @Test
  void malformedHeadersAreIgnoredNotTrusted() {
    assertThat(JpegHeader.read(new byte[0]).orientation()).isEqualTo(1);
    byte[] truncated = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F, 0x7F, 'E'};
    assertThat(JpegHeader.read(truncated)).isEqualTo(new JpegHeader(1, null));
  }

  private static RgbImage decode(byte[] jpeg) throws IOException {
    return Derivatives.pureJava().codecForTests().decodeJpeg(jpeg, Integer.MAX_VALUE);
  }

  private static boolean near(int a, int b) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 12) {
        return false;
      }
    }
    return true;
  }

  /** Whether a JPEG has a marker segment before its first scan. */
  private static boolean hasSegment(byte[] jpeg, int marker) {
    int at = 2;
    while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
      int m = jpeg[at + 1] & 0xFF;
      if (m == 0xDA) {
        return false;
      }
      if (m == marker) {
        return true;
      }
      at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
    }
    return false;
  }
}
