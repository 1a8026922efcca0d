package io.shutterport.spi.storage;

import io.shutterport.spi.PluginException;

/** A different object already has this key; objects are never overwritten. */
public class ObjectExistsException extends PluginException {
  public ObjectExistsException(String key) {
    super("another object already has this key: " + key, false);
  }
}
