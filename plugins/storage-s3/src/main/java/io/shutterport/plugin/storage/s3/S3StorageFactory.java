package io.shutterport.plugin.storage.s3;

import io.shutterport.spi.ConfigField;
import io.shutterport.spi.ConfigSchema;
import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.PluginException;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.storage.StorageBackendFactory;
import java.net.URI;
import java.util.regex.Pattern;
import org.pf4j.Extension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.StorageClass;
import software.amazon.awssdk.services.s3.model.Tier;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Creates an {@link S3Storage} for a tenant from the bucket settings. */
@Extension
public class S3StorageFactory implements StorageBackendFactory {
  static final String BUCKET = "bucket";
  static final String REGION = "region";
  static final String ENDPOINT = "endpoint";
  static final String PATH_STYLE = "pathStyle";
  static final String ACCESS_KEY = "accessKey";
  static final String SECRET_KEY = "secretKey";
  static final String CREATE_BUCKET = "createBucket";
  static final String CLOUDFRONT_URL = "cloudFrontUrl";
  static final String CLOUDFRONT_KEY_ID = "cloudFrontKeyPairId";
  static final String CLOUDFRONT_KEY = "cloudFrontPrivateKey";
  static final String ARCHIVE_CLASS = "archiveStorageClass";
  static final String RESTORE_TIER = "restoreTier";
  private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  @Override
  public String id() {
    return "storage-s3";
  }

  @Override
  public LocalizedText displayName() {
    return LocalizedText.of("Amazon S3 / S3互換ストレージ", "Amazon S3 / S3-compatible");
  }

  @Override
  public ConfigSchema configSchema() {
    return ConfigSchema.of(
        field(BUCKET, ConfigField.Type.STRING, true, null, "バケット", "Bucket"),
        field(REGION, ConfigField.Type.STRING, false, "ap-northeast-1", "リージョン", "Region"),
        field(
            ENDPOINT,
            ConfigField.Type.URL,
            false,
            null,
            "エンドポイント（S3互換）",
            "Endpoint (S3-compatible stores)"),
        field(PATH_STYLE, ConfigField.Type.BOOLEAN, false, "false", "パス形式のURL", "Path-style URLs"),
        field(ACCESS_KEY, ConfigField.Type.SECRET, false, null, "アクセスキー", "Access key"),
        field(SECRET_KEY, ConfigField.Type.SECRET, false, null, "シークレットキー", "Secret key"),
        field(
            CREATE_BUCKET,
            ConfigField.Type.BOOLEAN,
            false,
            "false",
            "バケットがなければ作成",
            "Create the bucket if missing"),
        field(
            CLOUDFRONT_URL,
            ConfigField.Type.URL,
            false,
            null,
            "CloudFront ディストリビューション URL（ダウンロード用、任意）",
            "CloudFront distribution URL (downloads, optional)"),
        field(
            CLOUDFRONT_KEY_ID,
            ConfigField.Type.STRING,
            false,
            null,
            "CloudFront 公開鍵 ID",
            "CloudFront public key id"),
        field(
            CLOUDFRONT_KEY,
            ConfigField.Type.SECRET,
            false,
            null,
            "CloudFront 署名用秘密鍵（PKCS#8 PEM）",
            "CloudFront signing private key (PKCS#8 PEM)"),
        field(
            ARCHIVE_CLASS,
            ConfigField.Type.STRING,
            false,
            null,
            "アーカイブのストレージクラス（GLACIER / DEEP_ARCHIVE / NONE。既定は AWS で GLACIER、互換ストレージで NONE）",
            "Archive storage class (GLACIER / DEEP_ARCHIVE / NONE; default GLACIER on AWS, NONE on"
                + " S3-compatible stores)"),
        field(
            RESTORE_TIER,
            ConfigField.Type.STRING,
            false,
            "Standard",
            "復元の速さ（Expedited / Standard / Bulk）",
            "Restore speed (Expedited / Standard / Bulk)"));
  }

  @Override
  public StorageBackend create(PluginContext context, PluginConfig config) {
    if (!TENANT.matcher(context.tenantId()).matches()) {
      throw new PluginException("tenant id is not usable as a key prefix", false);
    }
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(config.string(REGION).orElse("ap-northeast-1")))
            .forcePathStyle(config.flag(PATH_STYLE, false))
            // S3-compatible stores do not all speak the SDK's newer default checksums.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    S3Presigner.Builder presigner =
        S3Presigner.builder()
            .region(Region.of(config.string(REGION).orElse("ap-northeast-1")))
            .serviceConfiguration(
                S3Configuration.builder()
                    .pathStyleAccessEnabled(config.flag(PATH_STYLE, false))
                    .build());
    config.string(ENDPOINT).map(URI::create).ifPresent(builder::endpointOverride);
    config.string(ENDPOINT).map(URI::create).ifPresent(presigner::endpointOverride);
    AwsCredentialsProvider credentials =
        config.string(ACCESS_KEY).isPresent()
            ? StaticCredentialsProvider.create(
                AwsBasicCredentials.create(config.require(ACCESS_KEY), config.require(SECRET_KEY)))
            : DefaultCredentialsProvider.builder().build();
    builder.credentialsProvider(credentials);
    presigner.credentialsProvider(credentials);
    CloudFrontLinks cloudFront = null;
    if (config.string(CLOUDFRONT_URL).isPresent()) {
      try {
        cloudFront =
            new CloudFrontLinks(
                config.require(CLOUDFRONT_URL),
                config.require(CLOUDFRONT_KEY_ID),
                config.require(CLOUDFRONT_KEY));
      } catch (IllegalArgumentException e) {
        throw new PluginException(e.getMessage(), false);
      }
    }
    // The archive tier needs storage classes and RestoreObject: on by default on AWS, off by
    // default on S3-compatible stores (an endpoint is set), which mostly keep every class readable.
    String archive =
        config
            .string(ARCHIVE_CLASS)
            .orElse(config.string(ENDPOINT).isPresent() ? "NONE" : "GLACIER")
            .strip()
            .toUpperCase(java.util.Locale.ROOT);
    S3Storage storage;
    if (archive.equals("NONE")) {
      storage =
          new S3Storage(
              builder.build(),
              presigner.build(),
              config.require(BUCKET),
              context.tenantId() + "/",
              cloudFront);
    } else {
      StorageClass archiveClass = StorageClass.fromValue(archive);
      Tier restoreTier = Tier.fromValue(config.string(RESTORE_TIER).orElse("Standard").strip());
      if (archiveClass != StorageClass.GLACIER && archiveClass != StorageClass.DEEP_ARCHIVE) {
        throw new PluginException(
            "the archive storage class must be GLACIER, DEEP_ARCHIVE or NONE", false);
      }
      if (restoreTier == Tier.UNKNOWN_TO_SDK_VERSION) {
        throw new PluginException("the restore tier must be Expedited, Standard or Bulk", false);
      }
      storage =
          new ArchivingS3Storage(
              builder.build(),
              presigner.build(),
              config.require(BUCKET),
              context.tenantId() + "/",
              cloudFront,
              archiveClass,
              restoreTier);
    }
    if (config.flag(CREATE_BUCKET, false)) {
      storage.createBucketIfMissing();
    }
    return storage;
  }

  private static ConfigField field(
      String name, ConfigField.Type type, boolean required, String fallback, String ja, String en) {
    return new ConfigField(name, type, required, fallback, LocalizedText.of(ja, en));
  }
}
