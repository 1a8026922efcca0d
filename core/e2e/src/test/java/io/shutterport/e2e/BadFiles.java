package io.shutterport.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** The upload corpus of SECURITY.md #8: files that must be refused or neutralised. */
final class BadFiles {
  private BadFiles() {}

  /** A PNG that declares a huge image in its header and holds almost nothing. */
  static byte[] pixelFloodPng(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteBuffer header = ByteBuffer.allocate(13);
    header.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0);
    header.put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", header.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** A JPEG followed by an HTML page: a polyglot that some browsers would sniff as HTML. */
  static byte[] withTrailer(byte[] jpeg, int size) {
    StringBuilder html = new StringBuilder("<html><body><script>alert(1)</script>");
    while (html.length() < size) {
      html.append("<p>payload</p>");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(jpeg);
    out.writeBytes(html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A valid JPEG whose comment segment (COM) holds markup. */
  static byte[] withComment(byte[] jpeg, String comment) {
    return withSegment(jpeg, 0xFE, comment.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A valid JPEG with a 60 KB EXIF segment whose first directory claims 65,535 entries, and whose
   * pointers lead outside the segment.
   */
  static byte[] withOversizedExif(byte[] jpeg) {
    ByteBuffer exif = ByteBuffer.allocate(60_000);
    exif.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
    exif.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    exif.putShort((short) 0xFFFF);
    while (exif.remaining() >= 12) {
      exif.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(0x7FFFFFF0);
    }
    return withSegment(jpeg, 0xE1, exif.array());
  }

  private static byte[] withSegment(byte[] jpeg, int marker, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    out.write(0xFF);
    out.write(marker);
    out.write((body.length + 2) >> 8);
    out.write((body.length + 2) & 0xFF);
    out.writeBytes(body);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
