package io.shutterport.spi.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An open object: its metadata and a stream of the requested bytes. Close it.
 *
 * @param object the whole object's metadata
 * @param range the byte range the stream holds, resolved against the object's length
 * @param stream the bytes
 */
public record ObjectContent(StoredObject object, ByteRange range, InputStream stream)
    implements AutoCloseable {
  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
