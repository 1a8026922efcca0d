package io.shutterport.plugin.storage.local;

import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.testkit.AbstractArchiveTierContractTest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

class LocalArchiveTierContractTest extends AbstractArchiveTierContractTest {
  @TempDir Path root;

  @Override
  protected StorageBackend createBackend() {
    return new LocalStorageFactory()
        .create(
            new PluginContext("tenant-a", Clock.systemUTC()),
            new PluginConfig(Map.of(LocalStorageFactory.ROOT, root.toString())));
  }
}
