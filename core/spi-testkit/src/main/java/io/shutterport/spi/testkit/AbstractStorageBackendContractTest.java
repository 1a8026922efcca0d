package io.shutterport.spi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shutterport.spi.storage.ByteRange;
import io.shutterport.spi.storage.ChecksumMismatchException;
import io.shutterport.spi.storage.ObjectExistsException;
import io.shutterport.spi.storage.ObjectListing;
import io.shutterport.spi.storage.PutRequest;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.storage.StoredObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link StorageBackend} keeps. A plugin's test extends this class and supplies
 * a fresh backend. Optional capabilities have contract classes of their own ({@link
 * AbstractPresignedUrlsContractTest}); {@link #declaredCapabilities()} must name exactly the ones
 * the backend implements, and the plugin has a test extending each of their contract classes.
 */
public abstract class AbstractStorageBackendContractTest {

  /** A key prefix unique to each test, so tests never see each other's objects. */
  protected String prefix;

  private StorageBackend backend;

  /** Creates the backend under test; called before each test. */
  protected abstract StorageBackend createBackend();

  @BeforeEach
  void setUpBackend() {
    backend = createBackend();
    prefix = "contract/" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * The optional capability interfaces ({@code Supports…}) the backend implements; none by default.
   */
  protected java.util.Set<Class<?>> declaredCapabilities() {
    return java.util.Set.of();
  }

  @Test
  void declaresExactlyTheCapabilitiesItImplements() {
    java.util.Set<Class<?>> implemented = new java.util.HashSet<>();
    for (Class<?> capability :
        java.util.List.of(
            io.shutterport.spi.storage.SupportsPresignedUrls.class,
            io.shutterport.spi.storage.SupportsArchiveTier.class)) {
      if (capability.isInstance(backend)) {
        implemented.add(capability);
      }
    }
    assertThat(implemented).isEqualTo(declaredCapabilities());
  }

  protected StorageBackend backend() {
    return backend;
  }

  @Test
  void storesBytesExactlyAndReportsTheirChecksum() {
    byte[] data = randomBytes(300_001);
    StoredObject stored = put(prefix + "/a.jpg", data);

    assertThat(stored.length()).isEqualTo(data.length);
    assertThat(stored.sha256()).isEqualTo(sha256(data));
    assertThat(stored.contentType()).isEqualTo("image/jpeg");
    assertThat(readAll(prefix + "/a.jpg", ByteRange.ALL)).isEqualTo(data);
  }

  @Test
  void headDescribesWithoutReading() {
    byte[] data = randomBytes(1234);
    put(prefix + "/h.bin", data);

    StoredObject head = backend.head(prefix + "/h.bin").orElseThrow();
    assertThat(head.length()).isEqualTo(1234);
    assertThat(head.sha256()).isEqualTo(sha256(data));
    assertThat(head.lastModified()).isNotNull();
  }

  @Test
  void servesByteRanges() {
    byte[] data = randomBytes(10_000);
    put(prefix + "/r.bin", data);

    assertThat(readAll(prefix + "/r.bin", new ByteRange(100, 199)))
        .isEqualTo(java.util.Arrays.copyOfRange(data, 100, 200));
    assertThat(readAll(prefix + "/r.bin", new ByteRange(9_990, Long.MAX_VALUE)))
        .isEqualTo(java.util.Arrays.copyOfRange(data, 9_990, 10_000));
  }

  @Test
  void missingObjectsAreEmptyNotErrors() {
    assertThat(backend.get(prefix + "/none")).isEmpty();
    assertThat(backend.head(prefix + "/none")).isEmpty();
    assertThat(backend.delete(prefix + "/none")).isFalse();
  }

  @Test
  void refusesContentThatDoesNotMatchItsChecksumAndStoresNothing() {
    byte[] data = randomBytes(5000);
    String wrong = sha256(randomBytes(10));
    assertThatThrownBy(
            () ->
                backend.put(
                    new PutRequest(
                        prefix + "/bad",
                        new ByteArrayInputStream(data),
                        data.length,
                        "x/y",
                        wrong)))
        .isInstanceOf(ChecksumMismatchException.class);
    assertThat(backend.head(prefix + "/bad")).isEmpty();
  }

  @Test
  void refusesContentShorterThanDeclared() {
    byte[] data = randomBytes(100);
    assertThatThrownBy(
            () ->
                backend.put(
                    new PutRequest(
                        prefix + "/short",
                        new ByteArrayInputStream(data),
                        200,
                        "x/y",
                        sha256(data))))
        .isInstanceOf(ChecksumMismatchException.class);
    assertThat(backend.head(prefix + "/short")).isEmpty();
  }

  @Test
  void neverOverwritesButRepeatsIdempotently() {
    byte[] first = randomBytes(64);
    put(prefix + "/once", first);

    assertThat(put(prefix + "/once", first).sha256()).isEqualTo(sha256(first));
    assertThatThrownBy(() -> put(prefix + "/once", randomBytes(64)))
        .isInstanceOf(ObjectExistsException.class);
    assertThat(readAll(prefix + "/once", ByteRange.ALL)).isEqualTo(first);
  }

  @Test
  void deletes() {
    put(prefix + "/d", randomBytes(10));
    assertThat(backend.delete(prefix + "/d")).isTrue();
    assertThat(backend.head(prefix + "/d")).isEmpty();
  }

  @Test
  void listsByPrefixInKeyOrderWithPaging() {
    for (String name : List.of("c", "a", "b", "d")) {
      put(prefix + "/list/" + name, randomBytes(5));
    }
    put(prefix + "/other/x", randomBytes(5));

    ObjectListing first = backend.list(prefix + "/list/", null, 3);
    assertThat(first.objects())
        .extracting(StoredObject::key)
        .containsExactly(prefix + "/list/a", prefix + "/list/b", prefix + "/list/c");
    assertThat(first.truncated()).isTrue();

    ObjectListing rest = backend.list(prefix + "/list/", prefix + "/list/c", 3);
    assertThat(rest.objects()).extracting(StoredObject::key).containsExactly(prefix + "/list/d");
    assertThat(rest.truncated()).isFalse();
  }

  @Test
  void storesEmptyObjects() {
    StoredObject stored = put(prefix + "/empty", new byte[0]);
    assertThat(stored.length()).isZero();
    assertThat(readAll(prefix + "/empty", ByteRange.ALL)).isEmpty();
  }

  @Test
  void refusesKeysThatCouldEscape() {
    for (String key : List.of("../x", "a/../../b", "/abs", "A/Upper", "a//b", "")) {
      assertThatThrownBy(
              () ->
                  new PutRequest(key, InputStream.nullInputStream(), 0, "x/y", sha256(new byte[0])))
          .as(key)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  protected StoredObject put(String key, byte[] data) {
    return TestObjects.put(backend, key, data);
  }

  protected byte[] readAll(String key, ByteRange range) {
    return TestObjects.read(backend, key, range);
  }

  protected static byte[] randomBytes(int n) {
    return TestObjects.randomBytes(n);
  }

  protected static String sha256(byte[] data) {
    return TestObjects.sha256(data);
  }
}
