package io.shutterport.plugin.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.testkit.AbstractStorageBackendContractTest;
import java.time.Clock;
import java.util.Map;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The storage contract against a real S3 protocol endpoint (s3proxy, in this JVM). */
class S3StorageContractTest extends AbstractStorageBackendContractTest {
  @RegisterExtension static final S3ProxyExtension S3 = proxy();

  /** An s3proxy in this JVM, with credentials so that signatures are checked. */
  static S3ProxyExtension proxy() {
    return S3ProxyExtension.builder().withCredentials("contract-access", "contract-secret").build();
  }

  @Override
  protected StorageBackend createBackend() {
    return create(S3, "tenant-a");
  }

  @Override
  protected java.util.Set<Class<?>> declaredCapabilities() {
    return java.util.Set.of(io.shutterport.spi.storage.SupportsPresignedUrls.class);
  }

  static StorageBackend create(S3ProxyExtension s3, String tenant) {
    return new S3StorageFactory()
        .create(
            new PluginContext(tenant, Clock.systemUTC()),
            new PluginConfig(
                Map.of(
                    "bucket", "photos",
                    "endpoint", s3.getUri().toString(),
                    "pathStyle", "true",
                    "region", "us-east-1",
                    "accessKey", s3.getAccessKey(),
                    "secretKey", s3.getSecretKey(),
                    "createBucket", "true")));
  }

  @Test
  void tenantsDoNotSeeEachOthersObjects() {
    put(prefix + "/secret", randomBytes(10));
    assertThat(create(S3, "tenant-b").head(prefix + "/secret")).isEmpty();
    assertThat(create(S3, "tenant-b").list(prefix, null, 10).objects()).isEmpty();
  }
}
