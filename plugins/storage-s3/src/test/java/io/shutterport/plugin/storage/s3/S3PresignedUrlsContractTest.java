package io.shutterport.plugin.storage.s3;

import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.testkit.AbstractPresignedUrlsContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Presigned uploads and downloads against a real S3 protocol endpoint (s3proxy, in this JVM). */
class S3PresignedUrlsContractTest extends AbstractPresignedUrlsContractTest {
  @RegisterExtension
  static final org.gaul.s3proxy.junit.S3ProxyExtension S3 = S3StorageContractTest.proxy();

  @Override
  protected StorageBackend createBackend() {
    return S3StorageContractTest.create(S3, "tenant-a");
  }
}
