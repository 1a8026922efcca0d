package io.shutterport.spi.testkit;

import io.shutterport.spi.storage.ByteRange;
import io.shutterport.spi.storage.ObjectContent;
import io.shutterport.spi.storage.PutRequest;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.storage.StoredObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** What every contract suite does with objects: random bytes in, the same bytes out. */
final class TestObjects {
  private TestObjects() {}

  static StoredObject put(StorageBackend backend, String key, byte[] data) {
    return backend.put(
        new PutRequest(
            key, new ByteArrayInputStream(data), data.length, "image/jpeg", sha256(data)));
  }

  static byte[] read(StorageBackend backend, String key, ByteRange range) {
    try (ObjectContent content = backend.get(key, range).orElseThrow()) {
      return content.stream().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] randomBytes(int n) {
    byte[] data = new byte[n];
    ThreadLocalRandom.current().nextBytes(data);
    return data;
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
