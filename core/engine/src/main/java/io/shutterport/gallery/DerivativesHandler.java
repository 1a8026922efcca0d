package io.shutterport.gallery;

import io.shutterport.gallery.domain.Photo;
import io.shutterport.gallery.imaging.Derivatives;
import io.shutterport.gallery.infrastructure.PhotoRepository;
import io.shutterport.platform.jobs.JobHandler;
import io.shutterport.platform.plugin.PluginBinding;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.platform.util.Sha256;
import io.shutterport.spi.storage.ObjectContent;
import io.shutterport.spi.storage.PutRequest;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.tenant.TenantPlugins;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Makes a photo's thumbnail (400 px), preview (2048 px) and, for delivered photos, the watermarked
 * preview shown until the customer accepts the delivery. A job queued in the upload's transaction;
 * idempotent — a retry writes the same keys again — and any node may take it.
 */
@ApplicationScoped
public class DerivativesHandler implements JobHandler {
  @Inject PhotoRepository photos;
  @Inject TenantPlugins plugins;
  @Inject TenantService tenants;
  @Inject TenantContext tenant;
  @Inject jakarta.enterprise.event.Event<io.shutterport.platform.events.PortfolioChanged> portfolio;

  @Override
  public String kind() {
    return GalleryService.DERIVATIVES_JOB;
  }

  @Override
  public void handle(String photoId) {
    Photo photo = photos.byId(photoId).orElse(null);
    if (photo == null || photo.derivativesDone()) {
      return;
    }
    PluginBinding<StorageBackend> storage = plugins.storage();
    byte[] original =
        storage.call(
            "storage.get",
            s -> {
              try (ObjectContent content = s.get(photo.originalKey()).orElseThrow()) {
                return content.stream().readAllBytes();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    if (!io.shutterport.platform.util.Sha256.hex(original).equals(photo.sha256())) {
      // Never derive from bytes that are not the ones acknowledged: retried with backoff (storage
      // may still be settling), and logged for the operator.
      java.util.logging.Logger.getLogger(DerivativesHandler.class.getName())
          .severe("Original of photo " + photoId + " does not match its SHA-256 in storage");
      throw new IllegalStateException("original of photo " + photoId + " changed in storage");
    }
    try {
      Derivatives pipeline = Derivatives.best();
      Derivatives.Set set = pipeline.make(original);
      String thumbnail = put(storage, derived(photo, "thumbs"), set.thumbnail());
      String preview = put(storage, derived(photo, "previews"), set.preview());
      String watermark = null;
      if (photo.owner() == Photo.Owner.BOOKING) {
        String label = tenants.byId(tenant.require()).name();
        watermark =
            put(storage, derived(photo, "watermarked"), pipeline.watermarked(set.preview(), label));
      }
      photo.derivativesStored(thumbnail, preview, watermark);
      if (photo.owner() == Photo.Owner.PORTFOLIO) { // now shown on the public page
        portfolio.fire(
            new io.shutterport.platform.events.PortfolioChanged(tenant.require(), photo.ownerId()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // retried with backoff
    }
  }

  /** Next to the original: {@code …/originals/x.png} → {@code …/previews/x.jpg}. */
  private static String derived(Photo photo, String folder) {
    return photo
        .originalKey()
        .replace("/originals/", "/" + folder + "/")
        .replaceAll("\\.png$", ".jpg");
  }

  private static String put(PluginBinding<StorageBackend> storage, String key, byte[] jpeg) {
    storage.call(
        "storage.put",
        s ->
            s.put(
                new PutRequest(
                    key,
                    new ByteArrayInputStream(jpeg),
                    jpeg.length,
                    "image/jpeg",
                    Sha256.hex(jpeg))));
    return key;
  }
}
