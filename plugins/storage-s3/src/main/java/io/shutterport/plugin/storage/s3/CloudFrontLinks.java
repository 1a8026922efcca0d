package io.shutterport.plugin.storage.s3;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import software.amazon.awssdk.services.cloudfront.CloudFrontUtilities;
import software.amazon.awssdk.services.cloudfront.model.CannedSignerRequest;

/**
 * Download links through a CloudFront distribution in front of the bucket, signed with a canned
 * policy (the distribution's trusted key group holds the public key; this plugin the private key).
 * The download name travels as {@code response-content-disposition}, which the distribution must
 * forward to S3 (an origin request policy with that query string).
 */
final class CloudFrontLinks {
  private static final CloudFrontUtilities SIGNER = CloudFrontUtilities.create();
  private final String origin;
  private final String keyPairId;
  private final PrivateKey privateKey;

  /**
   * @param origin the distribution's base URL, e.g. {@code https://d111111abcdef8.cloudfront.net}
   * @param keyPairId the public key's id in CloudFront
   * @param privateKeyPem the RSA private key, PKCS#8 PEM ({@code BEGIN PRIVATE KEY})
   */
  CloudFrontLinks(String origin, String keyPairId, String privateKeyPem) {
    this.origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    this.keyPairId = keyPairId;
    this.privateKey = parse(privateKeyPem);
  }

  URI download(String objectKey, String downloadName, Duration ttl) {
    String url =
        origin
            + "/"
            + path(objectKey)
            + "?response-content-disposition="
            + URLEncoder.encode(
                "attachment; filename=\"" + downloadName + "\"", StandardCharsets.UTF_8);
    CannedSignerRequest request =
        CannedSignerRequest.builder()
            .resourceUrl(url)
            .keyPairId(keyPairId)
            .privateKey(privateKey)
            .expirationDate(Instant.now().plus(ttl))
            .build();
    return URI.create(SIGNER.getSignedUrlWithCannedPolicy(request).url());
  }

  /** Each segment percent-encoded as S3 keys are in URLs; slashes kept. */
  private static String path(String key) {
    StringBuilder out = new StringBuilder();
    for (String segment : key.split("/", -1)) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return out.toString();
  }

  private static PrivateKey parse(String pem) {
    String base64 =
        pem.replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("the CloudFront private key is not a PKCS#8 RSA key", e);
    }
  }
}
