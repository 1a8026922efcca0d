package io.shutterport.gallery;

import io.shutterport.gallery.domain.ImageTooLargeException;
import io.shutterport.gallery.domain.ResumableUpload;
import io.shutterport.gallery.domain.UploadMismatchException;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.error.ShutterportException;
import io.shutterport.platform.jobs.JobHandler;
import io.shutterport.platform.jobs.JobQueue;
import io.shutterport.platform.persistence.Db;
import io.shutterport.platform.plugin.PluginBinding;
import io.shutterport.platform.util.Sha256;
import io.shutterport.spi.storage.ObjectContent;
import io.shutterport.spi.storage.PutRequest;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.storage.StoredObject;
import io.shutterport.tenant.TenantPlugins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Resumable uploads of originals: the photographer's browser sends a photo in chunks, each stored
 * as an object of the marketplace's storage before it is counted, so a dropped connection loses at
 * most the chunk in flight and any node can take the next one. The upload continues from {@link
 * Progress#received()}; completing it checks the whole file's SHA-256, then delivers it like a
 * photo sent in one request (validation, quota, derivatives). Abandoned uploads are removed after a
 * day.
 */
@ApplicationScoped
public class ResumableUploads implements JobHandler {
  /** The most a chunk may carry. */
  public static final long MAX_CHUNK = 16L * 1024 * 1024;

  static final String EXPIRE_JOB = "upload.expire";
  static final Duration LIFETIME = Duration.ofDays(1);

  @Inject Db db;
  @Inject GalleryService gallery;
  @Inject StorageQuotas quotas;
  @Inject TenantPlugins plugins;
  @Inject JobQueue jobs;

  /**
   * Where an upload stands.
   *
   * @param uploadId its id
   * @param length the whole file's length
   * @param received the bytes stored so far: the next chunk starts here
   * @param photoId the photo it became, once completed
   */
  public record Progress(String uploadId, long length, long received, String photoId) {}

  /** Refused: a chunk must start where the upload stands (ask for the progress and go on). */
  public static final class OffsetException extends ShutterportException {
    public OffsetException(long received) {
      super("error.uploadOffset", received);
    }

    @Override
    public Kind kind() {
      return Kind.CONFLICT;
    }
  }

  /** Starts an upload of {@code length} bytes; refused at once if the quota cannot hold it. */
  @Transactional
  public Progress start(String photographerId, String bookingId, Long length) {
    gallery.requireDeliverable(photographerId, bookingId);
    if (length == null || length < 1) {
      throw InvalidInputException.of("length", "validation.length");
    }
    if (length > GalleryService.MAX_BYTES) {
      throw new ImageTooLargeException();
    }
    quotas.check(photographerId, length);
    ResumableUpload upload = new ResumableUpload(bookingId, photographerId, length);
    db.insert(upload);
    jobs.schedule(EXPIRE_JOB, upload.id(), Instant.now().plus(LIFETIME));
    return progress(upload);
  }

  @Transactional
  public Progress progress(String photographerId, String bookingId, String uploadId) {
    return progress(find(photographerId, bookingId, uploadId));
  }

  /**
   * Stores one chunk. It must start at the upload's current length and carry exactly {@code
   * chunkLength} bytes (the request's Content-Length); a chunk cut short by a dropped connection is
   * refused and nothing of it counts.
   */
  @Transactional
  public Progress append(
      String photographerId,
      String bookingId,
      String uploadId,
      Long offset,
      Long chunkLength,
      InputStream body) {
    ResumableUpload upload = find(photographerId, bookingId, uploadId);
    if (upload.photoId() != null || offset == null || offset != upload.received()) {
      throw new OffsetException(upload.received());
    }
    if (chunkLength == null
        || chunkLength < 1
        || chunkLength > MAX_CHUNK
        || offset + chunkLength > upload.length()) {
      throw InvalidInputException.of("length", "validation.chunk");
    }
    Path temp = null;
    try {
      temp = Files.createTempFile("sp-chunk-", ".bin");
      MessageDigest digest = Sha256.digest();
      long n;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
        n = body.transferTo(out);
      } catch (IOException e) {
        throw new UploadMismatchException(); // the connection dropped mid-chunk
      }
      if (n != chunkLength) {
        throw new UploadMismatchException();
      }
      String sha = Sha256.hex(digest);
      String key = partKey(upload, offset);
      Path file = temp;
      storage()
          .call(
              "storage.put",
              s -> {
                try (InputStream in = Files.newInputStream(file)) {
                  return s.put(new PutRequest(key, in, n, "application/octet-stream", sha));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      int moved =
          db.em()
              .createQuery(
                  "UPDATE ResumableUpload u SET u.received = :to"
                      + " WHERE u.id = :id AND u.received = :from")
              .setParameter("to", offset + n)
              .setParameter("id", upload.id())
              .setParameter("from", offset)
              .executeUpdate();
      if (moved == 0) {
        throw new OffsetException(upload.received()); // another request took this chunk
      }
      return new Progress(upload.id(), upload.length(), offset + n, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      GalleryService.deleteQuietly(temp);
    }
  }

  /**
   * Completes an upload whose bytes have all arrived: their SHA-256 must be the one given, then the
   * photo is delivered and the chunks removed. Completing twice answers the same photo.
   */
  @Transactional
  public PhotoView complete(
      String photographerId, String bookingId, String uploadId, String sha256) {
    ResumableUpload upload = find(photographerId, bookingId, uploadId);
    if (upload.photoId() != null) {
      return gallery.photoView(upload.photoId());
    }
    if (sha256 == null || !GalleryService.SHA256.matcher(sha256).matches()) {
      throw InvalidInputException.of("sha256", "validation.sha256");
    }
    if (upload.received() != upload.length()) {
      throw new OffsetException(upload.received());
    }
    Path temp = null;
    try {
      temp = Files.createTempFile("sp-resumed-", ".bin");
      MessageDigest digest = Sha256.digest();
      try (InputStream whole = concatenated(upload);
          OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
        whole.transferTo(out);
      }
      if (!Sha256.hex(digest).equals(sha256)) {
        throw new UploadMismatchException();
      }
      PhotoView photo;
      try (InputStream in = Files.newInputStream(temp)) {
        photo = gallery.deliver(photographerId, bookingId, in);
      }
      upload.completed(photo.id());
      deleteParts(upload);
      return photo;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      GalleryService.deleteQuietly(temp);
    }
  }

  @Override
  public String kind() {
    return EXPIRE_JOB;
  }

  /** A day after it started, an upload's chunks go, and so does the upload unless it completed. */
  @Override
  public void handle(String uploadId) {
    ResumableUpload upload = db.em().find(ResumableUpload.class, uploadId);
    if (upload == null) {
      return;
    }
    deleteParts(upload);
    if (upload.photoId() == null) {
      db.em().remove(upload);
    }
  }

  /**
   * The upload's chunks, read back in order: their keys carry the zero-padded offset, so one
   * listing gives them in order with their lengths, which must cover the file exactly.
   */
  private InputStream concatenated(ResumableUpload upload) {
    PluginBinding<StorageBackend> storage = storage();
    List<StoredObject> parts = parts(upload);
    long at = 0;
    for (StoredObject part : parts) {
      if (!part.key().equals(partKey(upload, at))) {
        throw new NotFoundException("upload"); // a chunk went missing from storage
      }
      at += part.length();
    }
    if (at != upload.length()) {
      throw new NotFoundException("upload");
    }
    Enumeration<InputStream> streams =
        Collections.enumeration(
            parts.stream()
                .map(
                    part ->
                        (InputStream)
                            new LazyPart(
                                () ->
                                    storage.call(
                                        "storage.get",
                                        s ->
                                            s.get(part.key())
                                                .map(ObjectContent::stream)
                                                .orElseThrow(
                                                    () -> new NotFoundException("upload")))))
                .toList());
    return new SequenceInputStream(streams);
  }

  private void deleteParts(ResumableUpload upload) {
    PluginBinding<StorageBackend> storage = storage();
    for (StoredObject part : parts(upload)) {
      storage.call("storage.delete", s -> s.delete(part.key()));
    }
  }

  /** Every stored chunk of the upload, in key order (so in offset order). */
  private List<StoredObject> parts(ResumableUpload upload) {
    String prefix = partPrefix(upload);
    PluginBinding<StorageBackend> storage = storage();
    List<StoredObject> parts = new ArrayList<>();
    String after = null;
    while (true) {
      String from = after;
      var listing = storage.call("storage.list", s -> s.list(prefix, from, 1000));
      parts.addAll(listing.objects());
      if (listing.objects().isEmpty() || !listing.truncated()) {
        return parts;
      }
      after = listing.objects().get(listing.objects().size() - 1).key();
    }
  }

  private ResumableUpload find(String photographerId, String bookingId, String uploadId) {
    gallery.requireDeliverable(photographerId, bookingId);
    if (uploadId == null || !GalleryService.UPLOAD_ID.matcher(uploadId).matches()) {
      throw new NotFoundException("upload");
    }
    ResumableUpload upload = db.em().find(ResumableUpload.class, uploadId);
    if (upload == null
        || !upload.bookingId().equals(bookingId)
        || !upload.ownerId().equals(photographerId)) {
      throw new NotFoundException("upload");
    }
    return upload;
  }

  private PluginBinding<StorageBackend> storage() {
    return plugins.storage();
  }

  private static Progress progress(ResumableUpload upload) {
    return new Progress(upload.id(), upload.length(), upload.received(), upload.photoId());
  }

  private static String partPrefix(ResumableUpload upload) {
    return "bookings/" + upload.bookingId() + "/uploads/" + upload.id() + "/";
  }

  private static String partKey(ResumableUpload upload, long offset) {
    return partPrefix(upload) + String.format("%012d", offset);
  }

  /** A part's stream, opened only when the concatenation reaches it. */
  private static final class LazyPart extends InputStream {
    private final java.util.function.Supplier<InputStream> opener;
    private InputStream in;

    LazyPart(java.util.function.Supplier<InputStream> opener) {
      this.opener = opener;
    }

    private InputStream in() {
      if (in == null) {
        in = opener.get();
      }
      return in;
    }

    @Override
    public int read() throws IOException {
      return in().read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in().read(b, off, len);
    }

    @Override
    public void close() throws IOException {
      if (in != null) {
        in.close();
      }
    }
  }
}
