package io.shutterport.plugin.storage.s3;

import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.testkit.AbstractArchiveTierContractTest;
import java.time.Clock;
import java.util.Map;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The archive tier contract: storage-s3 against s3proxy (the bytes) behind {@link GlacierFake}
 * (Glacier's storage-class, restore and refusal semantics, which no endpoint that runs here has).
 */
class S3ArchiveTierContractTest extends AbstractArchiveTierContractTest {
  @RegisterExtension static final S3ProxyExtension S3 = S3ProxyExtension.builder().build();
  private static GlacierFake glacier;

  @AfterAll
  static void stopFake() {
    if (glacier != null) {
      glacier.close();
    }
  }

  @Override
  protected StorageBackend createBackend() {
    // The extension starts an s3proxy for each test: put a fresh fake in front of each.
    stopFake();
    try {
      glacier = new GlacierFake(S3.getUri());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new S3StorageFactory()
        .create(
            new PluginContext("tenant-a", Clock.systemUTC()),
            new PluginConfig(
                Map.of(
                    "bucket", "archive",
                    "endpoint", glacier.uri().toString(),
                    "pathStyle", "true",
                    "region", "us-east-1",
                    "accessKey", "any",
                    "secretKey", "any",
                    "createBucket", "true",
                    "archiveStorageClass", "GLACIER",
                    "restoreTier", "Bulk")));
  }

  @org.junit.jupiter.api.Test
  void theArchiveTierIsOnlyOfferedWhereTheStoreHasIt() {
    var factory = new S3StorageFactory();
    Map<String, String> compatible =
        Map.of(
            "bucket", "archive",
            "endpoint", S3.getUri().toString(),
            "pathStyle", "true",
            "accessKey", "any",
            "secretKey", "any");
    org.assertj.core.api.Assertions.assertThat(
            factory.create(
                new PluginContext("tenant-a", Clock.systemUTC()), new PluginConfig(compatible)))
        .as("an S3-compatible store keeps every class readable: no archive tier by default")
        .isNotInstanceOf(io.shutterport.spi.storage.SupportsArchiveTier.class);
    var wrong = new java.util.HashMap<>(compatible);
    wrong.put("archiveStorageClass", "STANDARD_IA");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                factory.create(
                    new PluginContext("tenant-a", Clock.systemUTC()), new PluginConfig(wrong)))
        .isInstanceOf(io.shutterport.spi.PluginException.class)
        .hasMessageContaining("GLACIER, DEEP_ARCHIVE or NONE");
  }
}
