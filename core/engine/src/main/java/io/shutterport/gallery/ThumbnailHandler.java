package io.shutterport.gallery;

import io.shutterport.gallery.domain.Photo;
import io.shutterport.gallery.domain.Thumbnails;
import io.shutterport.gallery.infrastructure.PhotoRepository;
import io.shutterport.platform.jobs.JobHandler;
import io.shutterport.platform.plugin.PluginBinding;
import io.shutterport.platform.util.Sha256;
import io.shutterport.spi.storage.ObjectContent;
import io.shutterport.spi.storage.PutRequest;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.tenant.TenantPlugins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Makes a photo's 400 px thumbnail. Idempotent: a stored thumbnail is reused. */
@ApplicationScoped
public class ThumbnailHandler implements JobHandler {
  static final int THUMBNAIL_EDGE = 400;

  @Inject PhotoRepository photos;
  @Inject TenantPlugins plugins;

  @Override
  public String kind() {
    return GalleryService.THUMBNAIL_JOB;
  }

  @Override
  public void handle(String photoId) {
    Photo photo = photos.byId(photoId).orElse(null);
    if (photo == null || photo.thumbKey() != null) {
      return;
    }
    PluginBinding<StorageBackend> storage = plugins.storage();
    String key =
        photo.originalKey().replace("/originals/", "/thumbs/").replaceAll("\\.png$", ".jpg");
    if (storage.call("storage.head", s -> s.head(key)).isEmpty()) {
      byte[] thumbnail =
          storage.call(
              "storage.get",
              s -> {
                try (ObjectContent original = s.get(photo.originalKey()).orElseThrow()) {
                  return Thumbnails.make(original.stream(), THUMBNAIL_EDGE);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      storage.call(
          "storage.put",
          s ->
              s.put(
                  new PutRequest(
                      key,
                      new ByteArrayInputStream(thumbnail),
                      thumbnail.length,
                      "image/jpeg",
                      Sha256.hex(thumbnail))));
    }
    photo.thumbnailStored(key);
  }
}
