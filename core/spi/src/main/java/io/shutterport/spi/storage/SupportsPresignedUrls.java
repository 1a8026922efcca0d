package io.shutterport.spi.storage;

import java.net.URI;
import java.time.Duration;

/** Optional ability: short-lived URLs that let a browser talk to the store directly. */
public interface SupportsPresignedUrls {

  /** A URL that lets a client upload exactly this object once, within {@code ttl}. */
  URI presignUpload(String key, String contentType, long length, Duration ttl);

  /** A URL that lets a client download this object within {@code ttl}. */
  URI presignDownload(String key, String downloadFileName, Duration ttl);
}
