package io.shutterport.spi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shutterport.spi.storage.ByteRange;
import io.shutterport.spi.storage.ObjectArchivedException;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.storage.SupportsArchiveTier;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SupportsArchiveTier}. A backend that declares the capability (see {@link
 * AbstractStorageBackendContractTest#declaredCapabilities()}) has a test extending this class.
 */
public abstract class AbstractArchiveTierContractTest {
  private StorageBackend backend;
  private String prefix;

  /** Creates the backend under test, which must implement {@link SupportsArchiveTier}. */
  protected abstract StorageBackend createBackend();

  /** How long a restore may take on this backend before the test gives up. */
  protected Duration restoreTimeout() {
    return Duration.ofSeconds(10);
  }

  @BeforeEach
  void setUpBackend() {
    backend = createBackend();
    prefix = "archive/" + UUID.randomUUID().toString().substring(0, 8);
  }

  private SupportsArchiveTier tier() {
    assertThat(backend).isInstanceOf(SupportsArchiveTier.class);
    return (SupportsArchiveTier) backend;
  }

  @Test
  void anArchivedObjectIsListedAndDescribedButNotReadUntilRestored() throws Exception {
    byte[] data = randomBytes(30_000);
    String key = prefix + "/original.jpg";
    put(key, data);
    assertThat(tier().isArchived(key)).isFalse();

    assertThat(tier().archive(key)).isTrue();
    assertThat(tier().archive(key)).as("archiving twice changes nothing").isTrue();
    assertThat(tier().isArchived(key)).isTrue();
    assertThat(backend.head(key)).hasValueSatisfying(o -> assertThat(o.length()).isEqualTo(30_000));
    assertThat(backend.list(prefix, null, 10).objects()).hasSize(1);
    assertThatThrownBy(() -> backend.get(key, ByteRange.ALL))
        .isInstanceOf(ObjectArchivedException.class);

    Instant deadline = Instant.now().plus(restoreTimeout());
    boolean restored = tier().restore(key);
    while (!restored && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      restored = tier().restore(key);
    }
    assertThat(restored).isTrue();
    assertThat(tier().isArchived(key)).isFalse();
    assertThat(read(key)).as("byte for byte as stored").isEqualTo(data);
  }

  @Test
  void missingObjectsCannotBeArchivedOrRestored() {
    assertThat(tier().archive(prefix + "/missing.jpg")).isFalse();
    assertThat(tier().restore(prefix + "/missing.jpg")).isFalse();
    assertThat(tier().isArchived(prefix + "/missing.jpg")).isFalse();
  }

  @Test
  void anArchivedObjectCanBeDeleted() {
    String key = prefix + "/gone.jpg";
    put(key, randomBytes(100));
    tier().archive(key);
    assertThat(backend.delete(key)).isTrue();
    assertThat(backend.head(key)).isEmpty();
    assertThat(tier().isArchived(key)).isFalse();
  }

  @Test
  void restoringAnObjectThatWasNeverArchivedIsDoneAtOnce() {
    String key = prefix + "/hot.jpg";
    put(key, randomBytes(100));
    assertThat(tier().restore(key)).isTrue();
    assertThat(read(key)).hasSize(100);
  }

  private void put(String key, byte[] data) {
    TestObjects.put(backend, key, data);
  }

  private byte[] read(String key) {
    return TestObjects.read(backend, key, ByteRange.ALL);
  }

  private static byte[] randomBytes(int n) {
    return TestObjects.randomBytes(n);
  }
}
