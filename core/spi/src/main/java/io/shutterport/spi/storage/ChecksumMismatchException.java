package io.shutterport.spi.storage;

import io.shutterport.spi.PluginException;

/** The bytes received do not match the declared length or SHA-256; nothing was stored. */
public class ChecksumMismatchException extends PluginException {
  public ChecksumMismatchException(String key) {
    super("content does not match its declared length or checksum: " + key, false);
  }
}
