package io.shutterport.spi.storage;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param objects the objects, in key order
 * @param truncated whether more objects follow the last one
 */
public record ObjectListing(List<StoredObject> objects, boolean truncated) {
  public ObjectListing {
    objects = List.copyOf(objects);
  }
}
