package io.shutterport.gallery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shutterport.gallery.JpegEncoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads are judged by their bytes; bad files are refused before their pixels are decoded. */
class ImageInspectorTest {
  @TempDir Path dir;

  @Test
  void acceptsJpegAndPngByContentWithTheirDimensions() throws Exception {
    var jpeg = ImageInspector.inspect(write("a.bin", jpeg(640, 480)));
    assertThat(jpeg).isEqualTo(new ImageInspector.Inspected("image/jpeg", "jpg", 640, 480));
    var out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", out);
    assertThat(ImageInspector.inspect(write("b.jpg", out.toByteArray())).contentType())
        .isEqualTo("image/png");
  }

  @Test
  void refusesAPixelFloodFromItsHeaderAlone() throws Exception {
    // A 30,000 × 30,000 PNG header: 900 megapixels declared, a few bytes on disk.
    Path flood = write("flood.png", pngHeader(30_000, 30_000));
    assertThatThrownBy(() -> ImageInspector.inspect(flood))
        .isInstanceOf(ImageTooLargeException.class);
  }

  @Test
  void refusesTruncatedEmptyNonImagesAndPolyglots() throws Exception {
    byte[] good = jpeg(400, 300);
    Path truncated = write("t.jpg", Arrays.copyOf(good, good.length / 2));
    Path empty = write("e.jpg", new byte[0]);
    Path text = write("x.jpg", "<?php echo 'hi'; ?>".getBytes());
    Path html = write("h.jpg", "<html><script>alert(1)</script></html>".getBytes());
    for (Path bad : new Path[] {truncated, empty, text, html}) {
      assertThatThrownBy(() -> ImageInspector.inspect(bad))
          .as(bad.getFileName().toString())
          .isInstanceOf(UnsupportedImageException.class);
    }
  }

  private Path write(String name, byte[] data) throws Exception {
    return Files.write(dir.resolve(name), data);
  }

  private static byte[] jpeg(int width, int height) throws Exception {
    return JpegEncoder.encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), 0.8f);
  }

  private static byte[] pngHeader(int width, int height) throws Exception {
    var bytes = new ByteArrayOutputStream();
    var out = new DataOutputStream(bytes);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    var ihdr = new ByteArrayOutputStream();
    var data = new DataOutputStream(ihdr);
    data.writeBytes("IHDR");
    data.writeInt(width);
    data.writeInt(height);
    data.write(new byte[] {8, 2, 0, 0, 0});
    out.writeInt(13);
    out.write(ihdr.toByteArray());
    CRC32 crc = new CRC32();
    crc.update(ihdr.toByteArray());
    out.writeInt((int) crc.getValue());
    return bytes.toByteArray();
  }
}
