package io.shutterport.plugin.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.PluginException;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.testkit.AbstractStorageBackendContractTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStorageContractTest extends AbstractStorageBackendContractTest {
  @TempDir Path root;

  @Override
  protected StorageBackend createBackend() {
    return create("tenant-a");
  }

  @Override
  protected java.util.Set<Class<?>> declaredCapabilities() {
    return java.util.Set.of(io.shutterport.spi.storage.SupportsArchiveTier.class);
  }

  private StorageBackend create(String tenant) {
    return new LocalStorageFactory()
        .create(
            new PluginContext(tenant, Clock.systemUTC()),
            new PluginConfig(Map.of(LocalStorageFactory.ROOT, root.toString())));
  }

  @Test
  void tenantsDoNotSeeEachOthersObjects() {
    put(prefix + "/secret", randomBytes(10));
    assertThat(create("tenant-b").head(prefix + "/secret")).isEmpty();
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws Exception {
    put(prefix + "/x", randomBytes(1000));
    try (var files = Files.list(root.resolve("tenant-a/tmp"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void refusesTenantIdsThatAreNotFolderNames() {
    assertThatThrownBy(() -> create("../escape")).isInstanceOf(PluginException.class);
  }
}
