package io.shutterport.gallery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A gallery (or a selection of it) as a ZIP, streamed: each original is copied from storage
 * straight into the response through one fixed buffer, so memory does not grow with the number or
 * size of the photos. Photos whose CRC-32 was taken on arrival are stored as they are (JPEGs do not
 * compress); older ones go through deflate at level 0, which needs no checksum up front.
 */
public final class GalleryZip {
  /** Opens an original by its storage key. */
  @FunctionalInterface
  interface Opener {
    InputStream open(String key) throws IOException;
  }

  /**
   * One file in the archive.
   *
   * @param name its neutral name inside the ZIP
   * @param key the original's storage key
   * @param size its size in bytes
   * @param crc32 its CRC-32, or null when unknown
   */
  record Entry(String name, String key, long size, Long crc32) {}

  private static final int BUFFER = 256 * 1024;
  private final String fileName;
  private final List<Entry> entries;
  private final Opener opener;

  GalleryZip(String fileName, List<Entry> entries, Opener opener) {
    this.fileName = fileName;
    this.entries = List.copyOf(entries);
    this.opener = opener;
  }

  /** The ZIP's own file name, neutral: the booking's reference. */
  public String fileName() {
    return fileName;
  }

  public int photoCount() {
    return entries.size();
  }

  /** Writes the archive; the caller closes {@code out}. */
  public void writeTo(OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
    byte[] buffer = new byte[BUFFER];
    for (Entry entry : entries) {
      ZipEntry zipEntry = new ZipEntry(entry.name());
      if (entry.crc32() != null) {
        zipEntry.setMethod(ZipEntry.STORED);
        zipEntry.setSize(entry.size());
        zipEntry.setCompressedSize(entry.size());
        zipEntry.setCrc(entry.crc32());
      } else {
        zipEntry.setMethod(ZipEntry.DEFLATED);
      }
      zip.putNextEntry(zipEntry);
      try (InputStream in = opener.open(entry.key())) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          zip.write(buffer, 0, n);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      zip.closeEntry();
    }
    zip.finish();
    zip.flush();
  }
}
