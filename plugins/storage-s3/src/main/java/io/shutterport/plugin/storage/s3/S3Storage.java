package io.shutterport.plugin.storage.s3;

import io.shutterport.spi.PluginException;
import io.shutterport.spi.storage.ByteRange;
import io.shutterport.spi.storage.ChecksumMismatchException;
import io.shutterport.spi.storage.ObjectArchivedException;
import io.shutterport.spi.storage.ObjectContent;
import io.shutterport.spi.storage.ObjectKeys;
import io.shutterport.spi.storage.ObjectListing;
import io.shutterport.spi.storage.PutRequest;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.storage.StoredObject;
import io.shutterport.spi.storage.SupportsPresignedUrls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.StorageClass;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * A tenant's objects under a key prefix of one bucket. Browsers can upload and download directly
 * with short-lived presigned URLs (query-string Signature V4), so photo bytes need not pass through
 * the application's nodes. With an archive storage class configured, {@link ArchivingS3Storage}
 * adds the archive tier.
 */
class S3Storage implements StorageBackend, SupportsPresignedUrls {
  private static final String SHA256 = "sha256";

  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;
  private final String prefix;
  private final CloudFrontLinks cloudFront;

  /**
   * @param cloudFront signs download links through a CloudFront distribution; null to presign S3
   *     URLs
   */
  S3Storage(
      S3Client s3,
      S3Presigner presigner,
      String bucket,
      String prefix,
      CloudFrontLinks cloudFront) {
    this.s3 = s3;
    this.presigner = presigner;
    this.bucket = bucket;
    this.prefix = prefix;
    this.cloudFront = cloudFront;
  }

  @Override
  public URI presignUpload(String key, String contentType, long length, Duration ttl) {
    ObjectKeys.requireValid(key);
    PutObjectRequest put =
        PutObjectRequest.builder()
            .bucket(bucket)
            .key(prefix + key)
            .contentType(contentType)
            .contentLength(length)
            .build();
    try {
      return presigner
          .presignPutObject(p -> p.signatureDuration(ttl).putObjectRequest(put))
          .url()
          .toURI();
    } catch (java.net.URISyntaxException | SdkException e) {
      throw fault("cannot presign an upload", e);
    }
  }

  @Override
  public URI presignDownload(String key, String downloadFileName, Duration ttl) {
    ObjectKeys.requireValid(key);
    String name = downloadFileName.replaceAll("[^A-Za-z0-9._-]", "_");
    if (cloudFront != null) {
      return cloudFront.download(prefix + key, name, ttl);
    }
    GetObjectRequest get =
        GetObjectRequest.builder()
            .bucket(bucket)
            .key(prefix + key)
            .responseContentDisposition("attachment; filename=\"" + name + "\"")
            .build();
    try {
      return presigner
          .presignGetObject(p -> p.signatureDuration(ttl).getObjectRequest(get))
          .url()
          .toURI();
    } catch (java.net.URISyntaxException | SdkException e) {
      throw fault("cannot presign a download", e);
    }
  }

  void createBucketIfMissing() {
    try {
      s3.headBucket(b -> b.bucket(bucket));
    } catch (NoSuchBucketException e) {
      s3.createBucket(b -> b.bucket(bucket));
    } catch (S3Exception e) {
      if (e.statusCode() != 404) {
        throw fault("bucket not reachable", e);
      }
      s3.createBucket(b -> b.bucket(bucket));
    }
  }

  @Override
  public StoredObject put(PutRequest request) {
    Optional<StoredObject> existing = head(request.key());
    if (existing.isPresent()) {
      return request.acceptExisting(existing.get());
    }
    Path spool = null;
    try {
      spool = Files.createTempFile("s3-put-", ".part");
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      long written;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(spool), digest)) {
        written = request.content().transferTo(out);
      }
      if (written != request.length()
          || !HexFormat.of().formatHex(digest.digest()).equals(request.sha256())) {
        throw new ChecksumMismatchException(request.key());
      }
      s3.putObject(
          b ->
              b.bucket(bucket)
                  .key(prefix + request.key())
                  .contentType(request.contentType())
                  .contentLength(request.length())
                  .metadata(Map.of(SHA256, request.sha256())),
          RequestBody.fromFile(spool));
      return head(request.key()).orElseThrow(() -> new PluginException("object vanished", true));
    } catch (IOException e) {
      throw new PluginException("could not spool upload", true, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (SdkException e) {
      throw fault("upload failed", e);
    } finally {
      if (spool != null) {
        try {
          Files.deleteIfExists(spool);
        } catch (IOException ignored) {
          // the temp folder's cleaner takes it
        }
      }
    }
  }

  @Override
  public Optional<ObjectContent> get(String key, ByteRange range) {
    Optional<StoredObject> object = head(key);
    if (object.isEmpty()) {
      return Optional.empty();
    }
    ByteRange clipped = range.clip(object.get().length());
    GetObjectRequest.Builder get = GetObjectRequest.builder().bucket(bucket).key(prefix + key);
    if (object.get().length() > 0 && !range.equals(ByteRange.ALL)) {
      get.range("bytes=" + clipped.first() + "-" + clipped.last());
    }
    try {
      ResponseInputStream<GetObjectResponse> stream = s3.getObject(get.build());
      InputStream body = object.get().length() == 0 ? InputStream.nullInputStream() : stream;
      if (object.get().length() == 0) {
        stream.close();
      }
      return Optional.of(new ObjectContent(object.get(), clipped, body));
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      if (isArchivedError(e)) {
        throw new ObjectArchivedException(key);
      }
      throw fault("download failed", e);
    } catch (IOException | SdkException e) {
      throw fault("download failed", e);
    }
  }

  @Override
  public Optional<StoredObject> head(String key) {
    return headResponse(key)
        .map(
            head ->
                new StoredObject(
                    key,
                    head.contentLength(),
                    head.contentType(),
                    head.metadata().getOrDefault(SHA256, ""),
                    head.lastModified()));
  }

  @Override
  public boolean delete(String key) {
    if (head(key).isEmpty()) {
      return false;
    }
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(prefix + key));
      return true;
    } catch (SdkException e) {
      throw fault("delete failed", e);
    }
  }

  @Override
  public ObjectListing list(String keyPrefix, String startAfter, int limit) {
    try {
      ListObjectsV2Response page =
          s3.listObjectsV2(
              b -> {
                b.bucket(bucket).prefix(prefix + keyPrefix).maxKeys(limit);
                if (startAfter != null) {
                  b.startAfter(prefix + startAfter);
                }
              });
      List<StoredObject> objects = new ArrayList<>();
      for (S3Object object : page.contents()) {
        head(object.key().substring(prefix.length())).ifPresent(objects::add);
      }
      return new ObjectListing(objects, Boolean.TRUE.equals(page.isTruncated()));
    } catch (SdkException e) {
      throw fault("listing failed", e);
    }
  }

  /** Copies the object onto itself in another storage class, metadata kept. */
  void copyInPlace(String key, StorageClass storageClass) {
    try {
      s3.copyObject(
          b ->
              b.sourceBucket(bucket)
                  .sourceKey(prefix + key)
                  .destinationBucket(bucket)
                  .destinationKey(prefix + key)
                  .storageClass(storageClass)
                  .metadataDirective(MetadataDirective.COPY));
    } catch (SdkException e) {
      throw fault("storage class change failed", e);
    }
  }

  Optional<HeadObjectResponse> headResponse(String key) {
    ObjectKeys.requireValid(key);
    try {
      return Optional.of(s3.headObject(b -> b.bucket(bucket).key(prefix + key)));
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw fault("metadata read failed", e);
    } catch (SdkException e) {
      throw fault("metadata read failed", e);
    }
  }

  private static boolean isArchivedError(S3Exception e) {
    return e.statusCode() == 403 && "InvalidObjectState".equals(errorCode(e));
  }

  static String errorCode(S3Exception e) {
    return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
  }

  static PluginException fault(String what, Exception cause) {
    boolean retryable = !(cause instanceof S3Exception s3e) || s3e.statusCode() >= 500;
    return new PluginException(
        "S3 " + what + ": " + cause.getClass().getSimpleName(), retryable, cause);
  }
}
