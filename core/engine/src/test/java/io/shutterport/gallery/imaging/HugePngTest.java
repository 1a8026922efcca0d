package io.shutterport.gallery.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 16-bit PNG just under the pixel limit (10,000 × 11,000 = 110 megapixels; 660 MB as decoded
 * 16-bit RGB) becomes a preview in a JVM whose whole heap is 512 MB: the decoder never holds it
 * whole. Read at full size through ImageIO, as before, it cannot fit.
 */
class HugePngTest {
  static final int WIDTH = 10_000;
  static final int HEIGHT = 11_000;

  @TempDir Path dir;

  @Test
  void aHundredAndTenMegapixelSixteenBitPngBecomesAPreviewInA512MbHeap() throws Exception {
    Path png = dir.resolve("huge.png");
    writeSixteenBitPng(png, WIDTH, HEIGHT);
    assertThat(Files.size(png))
        .as("small on disk: it is the decode that is large")
        .isLessThan(20_000_000);

    Process probe =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                Probe.class.getName(),
                png.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(probe.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(probe.exitValue()).as(output).isZero();
    String[] size = output.strip().lines().reduce((a, b) -> b).orElse("").split("x");
    int w = Integer.parseInt(size[0]);
    int h = Integer.parseInt(size[1]);
    assertThat(Math.max(w, h))
        .as("a preview near 2048 px")
        .isBetween(1800, Derivatives.PREVIEW_EDGE);
    assertThat((double) w / h)
        .isCloseTo((double) WIDTH / HEIGHT, org.assertj.core.data.Offset.offset(0.02));
  }

  /** Makes the preview of the PNG named by the first argument and prints its size. */
  public static final class Probe {
    public static void main(String[] args) throws IOException {
      byte[] png = Files.readAllBytes(Path.of(args[0]));
      Derivatives.Set set = Derivatives.pureJava().make(png);
      System.out.println(set.width() + "x" + set.height());
    }
  }

  /** A 16-bit RGB PNG written row by row (never whole in memory), with a gradient in it. */
  static void writeSixteenBitPng(Path file, int width, int height) throws IOException {
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      var header = new java.io.ByteArrayOutputStream();
      var h = new DataOutputStream(header);
      h.writeInt(width);
      h.writeInt(height);
      h.write(new byte[] {16, 2, 0, 0, 0}); // 16 bits, RGB, deflate, no filter, no interlace
      chunk(out, "IHDR", header.toByteArray());
      var data = new java.io.ByteArrayOutputStream();
      byte[] row = new byte[1 + width * 6];
      try (OutputStream z = new DeflaterOutputStream(data, new Deflater(1), 1 << 16)) {
        for (int y = 0; y < height; y++) {
          int shade = (y * 65535 / height);
          for (int x = 0; x < width; x++) {
            int i = 1 + x * 6;
            row[i] = (byte) (shade >> 8);
            row[i + 1] = (byte) shade;
            row[i + 2] = (byte) (x * 255 / width);
            row[i + 4] = (byte) 0x80;
          }
          z.write(row);
        }
      }
      byte[] compressed = data.toByteArray();
      for (int at = 0; at < compressed.length; at += 1 << 20) {
        chunk(
            out,
            "IDAT",
            java.util.Arrays.copyOfRange(
                compressed, at, Math.min(compressed.length, at + (1 << 20))));
      }
      chunk(out, "IEND", new byte[0]);
    }
  }

  private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeInt(body.length);
    out.write(name);
    out.write(body);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(body);
    out.writeInt((int) crc.getValue());
  }
}
