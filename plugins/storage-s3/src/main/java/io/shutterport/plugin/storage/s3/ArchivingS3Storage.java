package io.shutterport.plugin.storage.s3;

import io.shutterport.spi.storage.SupportsArchiveTier;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.StorageClass;
import software.amazon.awssdk.services.s3.model.Tier;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * S3 storage with the archive tier: originals of old galleries move to an archive storage class
 * (Glacier Flexible Retrieval or Deep Archive) and come back through S3's restore. Only for stores
 * that implement storage classes and RestoreObject (AWS S3); S3-compatible stores that keep every
 * class readable use {@link S3Storage}.
 */
final class ArchivingS3Storage extends S3Storage implements SupportsArchiveTier {
  private static final Set<StorageClass> ARCHIVE_CLASSES =
      Set.of(StorageClass.GLACIER, StorageClass.DEEP_ARCHIVE);

  private final S3Client s3;
  private final String bucket;
  private final String prefix;
  private final StorageClass archiveClass;
  private final Tier restoreTier;

  /**
   * @param archiveClass where archived originals go: GLACIER or DEEP_ARCHIVE
   * @param restoreTier how fast a restore is asked for: Expedited, Standard or Bulk
   */
  ArchivingS3Storage(
      S3Client s3,
      S3Presigner presigner,
      String bucket,
      String prefix,
      CloudFrontLinks cloudFront,
      StorageClass archiveClass,
      Tier restoreTier) {
    super(s3, presigner, bucket, prefix, cloudFront);
    this.s3 = s3;
    this.bucket = bucket;
    this.prefix = prefix;
    this.archiveClass = archiveClass;
    this.restoreTier = restoreTier;
  }

  /**
   * Copies the object onto itself in the archive storage class (metadata kept). S3 keeps listing
   * and describing it, and refuses to read it (403 InvalidObjectState) until it is restored.
   */
  @Override
  public boolean archive(String key) {
    Optional<HeadObjectResponse> head = headResponse(key);
    if (head.isEmpty()) {
      return false;
    }
    if (!ARCHIVE_CLASSES.contains(head.get().storageClass())) {
      copyInPlace(key, archiveClass);
    }
    return true;
  }

  /**
   * Asks S3 for a temporary readable copy (RestoreObject), and once S3 reports it ready copies the
   * object back to the standard class, so it stays readable; until then answers false.
   */
  @Override
  public boolean restore(String key) {
    Optional<HeadObjectResponse> head = headResponse(key);
    if (head.isEmpty()) {
      return false;
    }
    if (!ARCHIVE_CLASSES.contains(head.get().storageClass())) {
      return true;
    }
    String restore = head.get().restore();
    if (restore != null && restore.contains("ongoing-request=\"false\"")) {
      copyInPlace(key, StorageClass.STANDARD);
      return true;
    }
    if (restore == null) {
      try {
        s3.restoreObject(
            b ->
                b.bucket(bucket)
                    .key(prefix + key)
                    .restoreRequest(r -> r.days(1).glacierJobParameters(g -> g.tier(restoreTier))));
      } catch (S3Exception e) {
        if (!"RestoreAlreadyInProgress".equals(errorCode(e))) {
          throw fault("restore failed", e);
        }
      } catch (SdkException e) {
        throw fault("restore failed", e);
      }
    }
    return false;
  }

  @Override
  public boolean isArchived(String key) {
    return headResponse(key).map(h -> ARCHIVE_CLASSES.contains(h.storageClass())).orElse(false);
  }
}
