package io.shutterport.spi.storage;

/** Optional ability: move objects to a cheaper, slower tier and bring them back. */
public interface SupportsArchiveTier {

  void archive(String key);

  /** Starts a restore; returns true once the object is readable again. */
  boolean restore(String key);
}
