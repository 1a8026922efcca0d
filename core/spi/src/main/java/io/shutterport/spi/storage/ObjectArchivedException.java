package io.shutterport.spi.storage;

import io.shutterport.spi.PluginException;

/** The object is in the archive tier: restore it before reading. */
public class ObjectArchivedException extends PluginException {
  public ObjectArchivedException(String key) {
    super("the object is archived until restored: " + key, false);
  }
}
