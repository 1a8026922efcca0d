package io.shutterport.spi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.spi.storage.ByteRange;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.storage.SupportsPresignedUrls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SupportsPresignedUrls}, checked over real HTTP: a browser uploads and
 * downloads through the URLs alone. A backend that declares the capability (see {@link
 * AbstractStorageBackendContractTest#declaredCapabilities()}) has a test extending this class.
 */
public abstract class AbstractPresignedUrlsContractTest {
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private StorageBackend backend;
  private String prefix;

  /** Creates the backend under test, which must implement {@link SupportsPresignedUrls}. */
  protected abstract StorageBackend createBackend();

  @BeforeEach
  void setUpBackend() {
    backend = createBackend();
    prefix = "presigned/" + UUID.randomUUID().toString().substring(0, 8);
  }

  private SupportsPresignedUrls presigner() {
    assertThat(backend).isInstanceOf(SupportsPresignedUrls.class);
    return (SupportsPresignedUrls) backend;
  }

  @Test
  void aBrowserUploadsThroughThePresignedUrlAlone() {
    byte[] data = randomBytes(70_000);
    URI url = presigner().presignUpload(prefix + "/up.jpg", "image/jpeg", data.length, minutes(5));
    HttpResponse<String> put = send(put(url, data, "image/jpeg"));
    assertThat(put.statusCode()).as(put.body()).isBetween(200, 204);
    assertThat(backend.head(prefix + "/up.jpg"))
        .hasValueSatisfying(o -> assertThat(o.length()).isEqualTo(data.length));
    assertThat(read(prefix + "/up.jpg")).isEqualTo(data);
  }

  @Test
  void anUploadUrlIsForItsOwnKeyOnly() {
    URI url = presigner().presignUpload(prefix + "/mine.jpg", "image/jpeg", 10, minutes(5));
    URI other = URI.create(url.toString().replace("/mine.jpg", "/other.jpg"));
    HttpResponse<String> put = send(put(other, randomBytes(10), "image/jpeg"));
    assertThat(put.statusCode()).isEqualTo(403);
    assertThat(backend.head(prefix + "/other.jpg")).isEmpty();
  }

  @Test
  void aBrowserDownloadsThroughThePresignedUrlAsAnAttachment() throws Exception {
    byte[] data = randomBytes(50_000);
    put(prefix + "/down.jpg", data);
    URI url = presigner().presignDownload(prefix + "/down.jpg", "shoot-1.jpg", minutes(5));
    HttpResponse<byte[]> get =
        http.send(
            HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).isEqualTo(data);
    assertThat(get.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains("attachment").contains("shoot-1.jpg"));
  }

  @Test
  void anExpiredDownloadUrlIsRefused() throws Exception {
    put(prefix + "/old.jpg", randomBytes(100));
    URI url = presigner().presignDownload(prefix + "/old.jpg", "old.jpg", Duration.ofSeconds(1));
    Thread.sleep(2_500);
    HttpResponse<byte[]> get =
        http.send(
            HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(get.statusCode()).isEqualTo(403);
  }

  private static Duration minutes(int n) {
    return Duration.ofMinutes(n);
  }

  private static HttpRequest put(URI url, byte[] data, String type) {
    return HttpRequest.newBuilder(url)
        .header("Content-Type", type)
        .PUT(HttpRequest.BodyPublishers.ofByteArray(data))
        .build();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
