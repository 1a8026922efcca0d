package io.shutterport.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class GalleryZipTest {
  private final Map<String, byte[]> storage = new HashMap<>();

  @Test
  void photosComeOutByteIdenticalStoredOrDeflated() throws Exception {
    byte[] a = put("a", 300_000);
    byte[] b = put("b", 1_000);
    GalleryZip zip =
        new GalleryZip(
            "photos-R1.zip",
            List.of(
                new GalleryZip.Entry("photo-1.jpg", "a", a.length, crc(a)),
                new GalleryZip.Entry("photo-2.jpg", "b", b.length, null)),
            key -> new ByteArrayInputStream(storage.get(key)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    zip.writeTo(out);

    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      ZipEntry first = in.getNextEntry();
      assertThat(first.getName()).isEqualTo("photo-1.jpg");
      assertThat(first.getMethod()).as("known CRC: stored as is").isEqualTo(ZipEntry.STORED);
      assertThat(in.readAllBytes()).isEqualTo(a);
      ZipEntry second = in.getNextEntry();
      assertThat(second.getName()).isEqualTo("photo-2.jpg");
      assertThat(second.getMethod()).isEqualTo(ZipEntry.DEFLATED);
      assertThat(in.readAllBytes()).isEqualTo(b);
      assertThat(in.getNextEntry()).isNull();
    }
    assertThat(out.size()).as("nothing was compressed").isGreaterThan(a.length + b.length);
  }

  @Test
  void anOriginalThatNoLongerMatchesItsChecksumStopsTheArchive() {
    byte[] a = put("a", 10_000);
    long wrong = crc(a) ^ 1;
    GalleryZip zip =
        new GalleryZip(
            "x.zip",
            List.of(new GalleryZip.Entry("photo-1.jpg", "a", a.length, wrong)),
            key -> new ByteArrayInputStream(storage.get(key)));
    assertThatThrownBy(() -> zip.writeTo(new ByteArrayOutputStream()))
        .isInstanceOf(ZipException.class);
  }

  private byte[] put(String key, int size) {
    byte[] data = new byte[size];
    new Random(size).nextBytes(data);
    storage.put(key, data);
    return data;
  }

  private static long crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return crc.getValue();
  }
}
