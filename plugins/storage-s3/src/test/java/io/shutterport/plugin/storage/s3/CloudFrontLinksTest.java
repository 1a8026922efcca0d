package io.shutterport.plugin.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.PluginException;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.storage.SupportsPresignedUrls;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Download links through CloudFront, checked against the signed-URL format CloudFront documents for
 * canned policies: {@code Expires}, {@code Signature} (SHA1withRSA over the policy, base64 with
 * {@code + = /} replaced by {@code - _ ~}) and {@code Key-Pair-Id}.
 */
class CloudFrontLinksTest {
  @Test
  void downloadLinksAreSignedForTheDistributionAndExpire() throws Exception {
    KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    StorageBackend storage = storage(pem(keys));
    Instant before = Instant.now();

    URI link =
        ((SupportsPresignedUrls) storage)
            .presignDownload("bookings/b1/originals/x.jpg", "photo-1.jpg", Duration.ofMinutes(5));

    assertThat(link.getScheme()).isEqualTo("https");
    assertThat(link.getHost()).isEqualTo("d111111abcdef8.cloudfront.net");
    assertThat(link.getPath()).isEqualTo("/sakura/bookings/b1/originals/x.jpg");
    Map<String, String> query = query(link);
    assertThat(query.get("Key-Pair-Id")).isEqualTo("K2JCJMDEHXQW5F");
    assertThat(query.get("response-content-disposition"))
        .isEqualTo("attachment; filename=\"photo-1.jpg\"");
    long expires = Long.parseLong(query.get("Expires"));
    assertThat(expires)
        .isBetween(
            before.plusSeconds(299).getEpochSecond(), before.plusSeconds(302).getEpochSecond());

    String resource =
        link.toString().substring(0, link.toString().indexOf("&Expires=")); // the signed URL
    String policy =
        "{\"Statement\":[{\"Resource\":\""
            + resource
            + "\",\"Condition\":{\"DateLessThan\":{\"AWS:EpochTime\":"
            + expires
            + "}}}]}";
    Signature verify = Signature.getInstance("SHA1withRSA");
    verify.initVerify(keys.getPublic());
    verify.update(policy.getBytes(StandardCharsets.UTF_8));
    byte[] signature =
        Base64.getDecoder()
            .decode(query.get("Signature").replace('-', '+').replace('_', '=').replace('~', '/'));
    assertThat(verify.verify(signature)).as("signed by the configured key").isTrue();

    KeyPair other = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    verify.initVerify(other.getPublic());
    verify.update(policy.getBytes(StandardCharsets.UTF_8));
    assertThat(verify.verify(signature)).isFalse();
  }

  @Test
  void aBrokenKeyIsRefusedWhenThePluginIsConfigured() {
    assertThatThrownBy(() -> storage("-----BEGIN PRIVATE KEY-----\nnot a key\n"))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("PKCS#8");
  }

  private static StorageBackend storage(String privateKey) {
    Map<String, String> config = new HashMap<>();
    config.put("bucket", "photos");
    config.put("region", "ap-northeast-1");
    config.put("accessKey", "unused");
    config.put("secretKey", "unused");
    config.put("cloudFrontUrl", "https://d111111abcdef8.cloudfront.net/");
    config.put("cloudFrontKeyPairId", "K2JCJMDEHXQW5F");
    config.put("cloudFrontPrivateKey", privateKey);
    return new S3StorageFactory()
        .create(new PluginContext("sakura", Clock.systemUTC()), new PluginConfig(config));
  }

  private static String pem(KeyPair keys) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      out.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }
}
