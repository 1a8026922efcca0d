package io.shutterport.gallery;

import io.shutterport.platform.util.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * An original as it is sent, checked against the SHA-256 recorded at upload: the stream reads one
 * block ahead, so it knows whether the bytes match before it gives out the last block. Bytes that
 * changed in storage since the upload never reach the customer whole — the download fails instead
 * (the last block is held back and the stream throws).
 */
final class VerifiedStream extends InputStream {
  private static final int BLOCK = 64 * 1024;

  private final InputStream source;
  private final String expected;
  private final MessageDigest digest = Sha256.digest();
  private byte[] current = new byte[0];
  private int position;
  private byte[] next;
  private boolean ended;

  VerifiedStream(InputStream source, String expectedSha256) {
    this.source = source;
    this.expected = expectedSha256;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (position == current.length) {
      if (next == null && !ended) {
        next = block(); // first call
      }
      if (next == null) {
        return -1;
      }
      current = next;
      position = 0;
      next = block();
      if (next == null && !Sha256.hex(digest).equals(expected)) {
        current = new byte[0]; // the last block is held back
        throw new IOException("the original in storage no longer matches its SHA-256");
      }
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, buffer, offset, n);
    position += n;
    return n;
  }

  /** The next block read from the source (digested), or null at its end. */
  private byte[] block() throws IOException {
    if (ended) {
      return null;
    }
    byte[] block = source.readNBytes(BLOCK);
    if (block.length == 0) {
      ended = true;
      return null;
    }
    digest.update(block);
    return block;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
