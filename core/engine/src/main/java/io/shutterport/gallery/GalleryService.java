package io.shutterport.gallery;

import io.shutterport.booking.Actor;
import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.gallery.domain.DirectUploadUnsupportedException;
import io.shutterport.gallery.domain.GalleryClosedException;
import io.shutterport.gallery.domain.ImageInspector;
import io.shutterport.gallery.domain.ImageTooLargeException;
import io.shutterport.gallery.domain.Photo;
import io.shutterport.gallery.domain.UnsupportedImageException;
import io.shutterport.gallery.domain.UploadMismatchException;
import io.shutterport.gallery.infrastructure.PhotoRepository;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.platform.error.ForbiddenException;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.events.SearchInputsChanged;
import io.shutterport.platform.jobs.JobQueue;
import io.shutterport.platform.plugin.PluginBinding;
import io.shutterport.platform.util.Sha256;
import io.shutterport.spi.storage.ByteRange;
import io.shutterport.spi.storage.ObjectContent;
import io.shutterport.spi.storage.PutRequest;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.storage.SupportsPresignedUrls;
import io.shutterport.tenant.TenantPlugins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Uploads, lists and serves photos. */
@ApplicationScoped
public class GalleryService {
  /** Largest original accepted, in bytes. */
  public static final long MAX_BYTES = 60L * 1024 * 1024;

  static final String DERIVATIVES_JOB = "gallery.derivatives";

  @Inject PhotoRepository photos;
  @Inject io.shutterport.platform.audit.AuditLog audit;
  @Inject BookingService bookings;
  @Inject IdentityService identity;
  @Inject TenantPlugins plugins;
  @Inject JobQueue jobs;
  @Inject StorageQuotas quotas;
  @Inject GalleryLifecycle lifecycle;
  @Inject GallerySharing sharing;
  @Inject io.shutterport.platform.tenancy.TenantContext tenant;
  @Inject jakarta.enterprise.event.Event<SearchInputsChanged> searchInputs;

  @Inject
  jakarta.enterprise.event.Event<io.shutterport.platform.events.PortfolioChanged> portfolioChanged;

  /**
   * The booking's photographer delivers a photo. It is acknowledged (this method returns) only
   * after the storage plugin has made the bytes durable and verified their SHA-256. The first
   * delivered photo moves the booking to DELIVERED.
   */
  private static final java.util.Set<String> DELIVERABLE =
      java.util.Set.of("PAID", "CONFIRMED", "SHOT", "DELIVERED");

  @Transactional
  public PhotoView deliver(String photographerId, String bookingId, InputStream upload) {
    BookingView booking = requireDeliverable(photographerId, bookingId);
    PhotoView photo = store(Photo.Owner.BOOKING, bookingId, photographerId, upload);
    delivered(photographerId, booking);
    return photo;
  }

  /**
   * Stores an image attached to a message, validated, checked against quotas and given its
   * thumbnail and preview like a delivered photo; the caller has checked that the uploader is a
   * party of the booking. Only its preview and thumbnail are ever served.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public PhotoView attachment(String uploaderId, String bookingId, InputStream upload) {
    return store(Photo.Owner.MESSAGE, bookingId, uploaderId, upload);
  }

  /** How long a direct-upload URL works. */
  static final java.time.Duration DIRECT_UPLOAD_TTL = java.time.Duration.ofMinutes(10);

  /**
   * Starts a direct upload: the photographer's browser sends the bytes to storage itself, with a
   * short-lived URL good for this one object, type and length (storage that cannot presign answers
   * 409: upload through {@link #deliver} instead). Nothing is delivered until {@link
   * #completeDirectUpload} has checked the bytes.
   */
  @Transactional
  public DirectUpload startDirectUpload(
      String photographerId, String bookingId, String contentType, Long length) {
    requireDeliverable(photographerId, bookingId);
    if (!"image/jpeg".equals(contentType) && !"image/png".equals(contentType)) {
      throw new UnsupportedImageException();
    }
    if (length == null || length < 1) {
      throw InvalidInputException.of("length", "validation.length");
    }
    if (length > MAX_BYTES) {
      throw new ImageTooLargeException();
    }
    PluginBinding<StorageBackend> storage = plugins.storage();
    if (!canPresign(storage)) {
      throw new DirectUploadUnsupportedException();
    }
    String uploadId = UUID.randomUUID().toString();
    String key = directKey(bookingId, uploadId);
    java.net.URI url =
        storage.call(
            "storage.presignUpload",
            s ->
                ((SupportsPresignedUrls) s)
                    .presignUpload(key, contentType, length, DIRECT_UPLOAD_TTL));
    return new DirectUpload(
        uploadId, url.toString(), contentType, java.time.Instant.now().plus(DIRECT_UPLOAD_TTL));
  }

  /**
   * Completes a direct upload: the photo is acknowledged only when the bytes in storage are there,
   * match the announced SHA-256 and are a valid image. Otherwise the object is deleted and nothing
   * is kept. Completing twice answers the same photo.
   */
  @Transactional
  public PhotoView completeDirectUpload(
      String photographerId, String bookingId, String uploadId, String sha256) {
    BookingView booking = requireDeliverable(photographerId, bookingId);
    if (uploadId == null || !UPLOAD_ID.matcher(uploadId).matches()) {
      throw new NotFoundException("upload");
    }
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw InvalidInputException.of("sha256", "validation.sha256");
    }
    String key = directKey(bookingId, uploadId);
    var done = photos.byId(uploadId).filter(p -> p.ownerId().equals(bookingId));
    if (done.isPresent()) {
      return done.get().view();
    }
    PluginBinding<StorageBackend> storage = plugins.storage();
    Path temp = null;
    try {
      temp = Files.createTempFile("sp-direct-", ".bin");
      Path file = temp;
      Spooled received =
          storage.call(
              "storage.get",
              s -> {
                var content = s.get(key);
                if (content.isEmpty()) {
                  return null;
                }
                try (ObjectContent c = content.get()) {
                  return spool(c.stream(), file);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      if (received == null) {
        throw new NotFoundException("upload");
      }
      if (!received.sha256().equals(sha256)) {
        storage.call("storage.delete", s -> s.delete(key));
        throw new UploadMismatchException();
      }
      ImageInspector.Inspected image;
      try {
        image = ImageInspector.inspect(temp);
        quotas.take(photographerId, received.size());
      } catch (RuntimeException e) {
        storage.call("storage.delete", s -> s.delete(key));
        throw e;
      }
      // The verified bytes move to a key no signed URL names: the upload URL stays valid for its
      // few minutes, and bytes put there after this point are never read.
      String stored = key + "." + image.extension();
      storage.call(
          "storage.put",
          s -> {
            try (InputStream in = Files.newInputStream(file)) {
              return s.put(
                  new PutRequest(stored, in, received.size(), image.contentType(), sha256));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      storage.call("storage.delete", s -> s.delete(key));
      Photo photo =
          new Photo(
              uploadId,
              Photo.Owner.BOOKING,
              bookingId,
              photos.nextPosition(Photo.Owner.BOOKING, bookingId),
              stored,
              sha256,
              received.size(),
              image.contentType(),
              image.width(),
              image.height());
      photos.add(photo.withCrc32(received.crc32()));
      jobs.enqueue(DERIVATIVES_JOB, uploadId);
      delivered(photographerId, booking);
      return photo.view();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(temp);
    }
  }

  static final java.util.regex.Pattern UPLOAD_ID =
      java.util.regex.Pattern.compile(
          "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

  private static String directKey(String bookingId, String uploadId) {
    return "bookings/" + bookingId + "/originals/" + uploadId;
  }

  /** The booking's photographer, while its gallery takes photos; 403/409 otherwise. */
  BookingView requireDeliverable(String photographerId, String bookingId) {
    if (bookings.roleIn(photographerId, bookingId) != Actor.PHOTOGRAPHER) {
      throw new ForbiddenException();
    }
    BookingView booking = bookings.forParty(photographerId, bookingId);
    if (!DELIVERABLE.contains(booking.status())) {
      throw new GalleryClosedException();
    }
    return booking;
  }

  /** A photo by id, for a caller that has already checked access. */
  PhotoView photoView(String photoId) {
    return photos.byId(photoId).map(Photo::view).orElseThrow(() -> new NotFoundException("photo"));
  }

  /** The first delivered photo moves the booking to DELIVERED. */
  private void delivered(String photographerId, BookingView booking) {
    lifecycle.opened(booking.id());
    if (!"DELIVERED".equals(booking.status())) {
      bookings.delivered(photographerId, booking.id());
    }
  }

  /** A photographer adds a portfolio photo (shown publicly, as thumbnails only). */
  @Transactional
  public PhotoView addPortfolioPhoto(String photographerId, InputStream upload) {
    identity.requireRole(photographerId, Role.PHOTOGRAPHER);
    PhotoView photo = store(Photo.Owner.PORTFOLIO, photographerId, photographerId, upload);
    portfolioChanged.fire(
        new io.shutterport.platform.events.PortfolioChanged(tenant.require(), photographerId));
    if (photo.position() == 1) {
      searchInputs.fire(SearchInputsChanged.cover(tenant.require(), photographerId)); // new cover
    }
    return photo;
  }

  @Transactional
  public List<PhotoView> ofBooking(String userId, String bookingId) {
    auditOperator(userId, bookings.roleIn(userId, bookingId), bookingId, "list");
    return photos.of(Photo.Owner.BOOKING, bookingId).stream().map(Photo::view).toList();
  }

  /**
   * A booking's photos as a streamed ZIP for its parties: all of them, or only those the customer
   * selected. The list is read now; the bytes are read from storage while the ZIP is written,
   * outside any transaction.
   */
  @Transactional
  public GalleryZip zip(String userId, String bookingId, boolean selectedOnly) {
    Actor role = bookings.roleIn(userId, bookingId);
    lifecycle.requireDownloadable(role, bookingId);
    BookingView booking = bookings.internal(bookingId);
    requireAccepted(role, booking);
    auditOperator(userId, role, bookingId, "zip");
    List<GalleryZip.Entry> entries =
        photos.of(Photo.Owner.BOOKING, bookingId).stream()
            .filter(p -> !selectedOnly || p.selected())
            .map(
                p ->
                    new GalleryZip.Entry(
                        downloadName(p), p.originalKey(), p.sizeBytes(), p.crc32()))
            .toList();
    if (entries.isEmpty()) {
      throw new NotFoundException(selectedOnly ? "selection" : "photo");
    }
    PluginBinding<StorageBackend> storage = plugins.storage();
    return new GalleryZip(
        "photos-" + booking.reference() + (selectedOnly ? "-selection" : "") + ".zip",
        entries,
        key ->
            storage
                .call("storage.get", s -> s.get(key))
                .orElseThrow(() -> new java.io.FileNotFoundException("missing original"))
                .stream());
  }

  /**
   * The customer marks a delivered photo as a favourite (or unmarks it): not beyond the plan's
   * selection limit, and not once the selection was submitted. Changes to one booking's selection
   * queue on its gallery's row, so concurrent ones never pass the limit together.
   */
  @Transactional
  public PhotoView select(String userId, String photoId, boolean chosen) {
    Access access = readable(userId, photoId, false);
    Photo photo = access.photo();
    if (access.role() != Actor.CUSTOMER) {
      throw new ForbiddenException();
    }
    String bookingId = photo.ownerId();
    if (lifecycle.lockedSelectionSubmittedAt(bookingId) != null) {
      throw SelectionClosedException.submitted();
    }
    if (chosen && !photo.selected()) {
      Integer limit = bookings.selectionLimit(bookingId);
      if (limit != null && selectedCount(bookingId) >= limit) {
        throw SelectionClosedException.full(limit);
      }
    }
    photo.select(chosen);
    return photo.view();
  }

  /** The customer's selection of a booking's photos and the downloads' sizes, for its parties. */
  @Transactional
  public SelectionView selection(String userId, String bookingId) {
    bookings.roleIn(userId, bookingId);
    return selectionOf(bookingId, lifecycle.selectionSubmittedAt(bookingId));
  }

  /**
   * The customer submits their selection: from then on it cannot change, and the photographer sees
   * it. Submitting again changes nothing.
   */
  @Transactional
  public SelectionView submitSelection(String userId, String bookingId) {
    if (bookings.roleIn(userId, bookingId) != Actor.CUSTOMER) {
      throw new ForbiddenException();
    }
    Instant submitted = lifecycle.lockedSelectionSubmittedAt(bookingId);
    SelectionView selection = selectionOf(bookingId, submitted);
    if (submitted != null) {
      return selection;
    }
    if (selection.selected() == 0) {
      throw SelectionClosedException.empty();
    }
    return new SelectionView(
        selection.selected(),
        selection.limit(),
        lifecycle.submitSelection(bookingId),
        selection.photos(),
        selection.allBytes(),
        selection.selectedBytes());
  }

  private SelectionView selectionOf(String bookingId, Instant submittedAt) {
    List<Photo> delivered = photos.of(Photo.Owner.BOOKING, bookingId);
    int selected = 0;
    long all = 0;
    long chosen = 0;
    for (Photo p : delivered) {
      all += p.sizeBytes();
      if (p.selected()) {
        selected++;
        chosen += p.sizeBytes();
      }
    }
    return new SelectionView(
        selected, bookings.selectionLimit(bookingId), submittedAt, delivered.size(), all, chosen);
  }

  private int selectedCount(String bookingId) {
    return (int) photos.of(Photo.Owner.BOOKING, bookingId).stream().filter(Photo::selected).count();
  }

  @Transactional
  public List<PhotoView> portfolio(String photographerId) {
    return photos.of(Photo.Owner.PORTFOLIO, photographerId).stream().map(Photo::view).toList();
  }

  /** The id of each photographer's first portfolio photo, for search results. */
  @Transactional
  public Map<String, String> coverIds(Collection<String> photographerIds) {
    return photos.firstIds(Photo.Owner.PORTFOLIO, photographerIds);
  }

  /** A thumbnail: portfolio ones for anyone on the tenant, booking ones for its parties. */
  @Transactional
  public PhotoContent thumbnail(String userIdOrNull, String photoId) {
    Photo photo = readable(userIdOrNull, photoId, false).photo();
    if (photo.thumbKey() == null) {
      throw new NotFoundException("thumbnail");
    }
    return open(
        photo.thumbKey(), "image/jpeg", "thumbnail-" + photo.position() + ".jpg", ByteRange.ALL);
  }

  /**
   * A 2048 px preview. The customer of a booking sees the watermarked one until they accept the
   * delivery (検収: the booking is completed); the photographer and operators see it clean, as does
   * everyone for portfolio photos.
   */
  @Transactional
  public PhotoContent preview(String userIdOrNull, String photoId) {
    Access access = readable(userIdOrNull, photoId, false);
    Photo photo = access.photo();
    if (photo.previewKey() == null) {
      throw new NotFoundException("preview");
    }
    String key = previewKey(photo, access.role() == Actor.CUSTOMER);
    return open(key, "image/jpeg", "preview-" + photo.position() + ".jpg", ByteRange.ALL);
  }

  /** A shared gallery's photos, for a guest holding a grant. */
  @Transactional
  public List<PhotoView> sharedPhotos(String token, String grant) {
    String bookingId = sharing.bookingFor(token, grant);
    return photos.of(Photo.Owner.BOOKING, bookingId).stream().map(Photo::view).toList();
  }

  /**
   * A shared gallery's preview or thumbnail, for a guest holding a grant: the link opens its own
   * gallery's photos only, and guests see what the customer sees (watermarked until 検収).
   */
  @Transactional
  public PhotoContent sharedImage(String token, String grant, String photoId, boolean preview) {
    String bookingId = sharing.bookingFor(token, grant);
    Photo photo =
        photoId == null || photoId.length() > 36 ? null : photos.byId(photoId).orElse(null);
    if (photo == null
        || photo.owner() != Photo.Owner.BOOKING
        || !photo.ownerId().equals(bookingId)) {
      throw new NotFoundException("photo");
    }
    String key = preview ? previewKey(photo, true) : photo.thumbKey();
    if (key == null) {
      throw new NotFoundException(preview ? "preview" : "thumbnail");
    }
    return open(
        key,
        "image/jpeg",
        (preview ? "preview-" : "thumbnail-") + photo.position() + ".jpg",
        ByteRange.ALL);
  }

  /** An original, byte-identical to the upload; only for the booking's parties. */
  @Transactional
  public PhotoContent original(String userId, String photoId) {
    return original(userId, photoId, total -> ByteRange.ALL);
  }

  /**
   * Part of an original, for resumed downloads: {@code rangeOf} is given the original's size and
   * answers which bytes to send (a range past the end comes back empty).
   */
  @Transactional
  public PhotoContent original(
      String userId, String photoId, java.util.function.LongFunction<ByteRange> rangeOf) {
    Photo photo = readable(userId, photoId, true).photo();
    PhotoContent content =
        open(
            photo.originalKey(),
            photo.contentType(),
            downloadName(photo),
            rangeOf.apply(photo.sizeBytes()));
    if (content.partial()) {
      return content; // a part cannot be checked; a whole download is
    }
    return new PhotoContent(
        new VerifiedStream(content.stream(), photo.sha256()),
        content.length(),
        content.first(),
        content.total(),
        content.contentType(),
        photo.sha256(),
        content.downloadName(),
        content.lastModified());
  }

  /** A neutral file name for an original: nothing of the camera's or the uploader's. */
  private static String downloadName(Photo photo) {
    return "photo-"
        + photo.position()
        + (photo.contentType().equals("image/png") ? ".png" : ".jpg");
  }

  /** Whether browsers can upload straight to this marketplace's storage (signed URLs). */
  @Transactional
  public boolean directUploads() {
    return canPresign(plugins.storage());
  }

  private static boolean canPresign(PluginBinding<StorageBackend> storage) {
    return storage.call("storage.capabilities", s -> s instanceof SupportsPresignedUrls);
  }

  /** How long a signed download URL for an original works. */
  static final java.time.Duration DOWNLOAD_URL_TTL = java.time.Duration.ofMinutes(5);

  /**
   * A short-lived signed URL from which the browser downloads an original straight from storage
   * (same access rules as {@link #original}); empty when the storage cannot sign URLs, and the
   * original is then downloaded through the application.
   */
  @Transactional
  public java.util.Optional<SignedUrl> originalUrl(String userId, String photoId) {
    Photo photo = readable(userId, photoId, true).photo();
    PluginBinding<StorageBackend> storage = plugins.storage();
    if (!canPresign(storage)) {
      return java.util.Optional.empty();
    }
    java.net.URI url =
        storage.call(
            "storage.presignDownload",
            s ->
                ((SupportsPresignedUrls) s)
                    .presignDownload(photo.originalKey(), downloadName(photo), DOWNLOAD_URL_TTL));
    return java.util.Optional.of(
        new SignedUrl(url.toString(), java.time.Instant.now().plus(DOWNLOAD_URL_TTL)));
  }

  /**
   * A photo the caller may see, with the caller's role in its booking (null for portfolio photos),
   * so that nothing asks for the role twice.
   */
  private record Access(Photo photo, Actor role) {}

  private Access readable(String userId, String photoId, boolean original) {
    if (photoId == null || photoId.length() > 36) {
      throw new NotFoundException("photo");
    }
    Photo photo = photos.byId(photoId).orElseThrow(() -> new NotFoundException("photo"));
    if (photo.owner() == Photo.Owner.PORTFOLIO) {
      if (original && !photo.ownerId().equals(userId)) {
        throw new NotFoundException("photo");
      }
      return new Access(photo, null);
    }
    if (userId == null) {
      throw new NotFoundException("photo");
    }
    Actor role = bookings.roleIn(userId, photo.ownerId()); // not found unless a party or operator
    if (photo.owner() == Photo.Owner.MESSAGE
        && (original
            || (role == Actor.OPERATOR
                && bookings.internal(photo.ownerId()).disputedAt() == null))) {
      // Attachments go out as previews only (no camera metadata), and to operators only once a
      // party has opened a dispute, as the conversation itself.
      throw new NotFoundException("photo");
    }
    if (original) {
      lifecycle.requireDownloadable(role, photo.ownerId());
      requireAccepted(role, bookings.internal(photo.ownerId()));
    }
    auditOperator(userId, role, photo.ownerId(), (original ? "original " : "view ") + photoId);
    return new Access(photo, role);
  }

  /**
   * An operator looking at a booking's photos is audited, as reading its conversation is, and the
   * entry says whether a party had opened a dispute.
   */
  private void auditOperator(String userId, Actor role, String bookingId, String what) {
    if (role == Actor.OPERATOR) {
      boolean disputed = bookings.internal(bookingId).disputedAt() != null;
      audit.record(
          userId, "photos.read", bookingId, what + (disputed ? " (dispute)" : " (no dispute)"));
    }
  }

  /**
   * 検収: the customer gets originals only once they accepted the delivery (or the marketplace's
   * window accepted it for them); until then the watermark is what they have. The photographer
   * keeps their own photos, and an operator reads them for a dispute.
   */
  private static void requireAccepted(Actor role, BookingView booking) {
    if (role == Actor.CUSTOMER && !"COMPLETED".equals(booking.status())) {
      throw new io.shutterport.gallery.domain.AcceptanceRequiredException();
    }
  }

  /**
   * The preview a viewer gets: the watermarked one when they see it as the customer does (the
   * customer, or a guest of a shared gallery) and the delivery is not accepted yet.
   */
  private String previewKey(Photo photo, boolean customersView) {
    if (customersView
        && photo.watermarkKey() != null
        && !"COMPLETED".equals(bookings.internal(photo.ownerId()).status())) {
      return photo.watermarkKey();
    }
    return photo.previewKey();
  }

  private PhotoContent open(String key, String type, String name, ByteRange range) {
    ObjectContent content =
        plugins
            .storage()
            .call("storage.get", s -> s.get(key, range))
            .orElseThrow(() -> new NotFoundException("photo"));
    long total = content.object().length();
    return new PhotoContent(
        content.stream(),
        total == 0 ? 0 : content.range().length(),
        content.range().first(),
        total,
        type,
        content.object().sha256(),
        name,
        content.object().lastModified());
  }

  private PhotoView store(
      Photo.Owner owner, String ownerId, String uploaderId, InputStream upload) {
    Path temp = null;
    try {
      temp = Files.createTempFile("sp-upload-", ".bin");
      Spooled spooled = spool(upload, temp);
      long size = spooled.size();
      String sha256 = spooled.sha256();
      ImageInspector.Inspected image = ImageInspector.inspect(temp);
      String id = UUID.randomUUID().toString();
      String prefix =
          switch (owner) {
            case BOOKING -> "bookings/";
            case PORTFOLIO -> "portfolio/";
            case MESSAGE -> "messages/";
          };
      String key = prefix + ownerId + "/originals/" + id + "." + image.extension();
      quotas.check(uploaderId, size);
      PluginBinding<StorageBackend> storage = plugins.storage();
      Path file = temp;
      storage.call(
          "storage.put",
          s -> {
            try (InputStream in = Files.newInputStream(file)) {
              return s.put(new PutRequest(key, in, size, image.contentType(), sha256));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      try {
        quotas.take(uploaderId, size);
      } catch (RuntimeException e) {
        storage.call("storage.delete", s -> s.delete(key));
        throw e;
      }
      Photo photo =
          new Photo(
              id,
              owner,
              ownerId,
              photos.nextPosition(owner, ownerId),
              key,
              sha256,
              size,
              image.contentType(),
              image.width(),
              image.height());
      photos.add(photo.withCrc32(spooled.crc32()));
      jobs.enqueue(DERIVATIVES_JOB, id);
      return photo.view();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(temp);
    }
  }

  /** Bytes written to a temporary file, with their SHA-256 and CRC-32. */
  private record Spooled(String sha256, long size, long crc32) {}

  /** Copies at most {@link #MAX_BYTES} to {@code file}, hashing on the way. */
  private static Spooled spool(InputStream in, Path file) throws IOException {
    MessageDigest digest = Sha256.digest();
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    try (OutputStream out =
        new java.util.zip.CheckedOutputStream(
            new DigestOutputStream(Files.newOutputStream(file), digest), crc)) {
      long size = copyAtMost(in, out, MAX_BYTES);
      return new Spooled(Sha256.hex(digest), size, crc.getValue());
    }
  }

  static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // a leftover temp file is harmless; the OS temp cleaner takes it
      }
    }
  }

  private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > limit) {
        throw new ImageTooLargeException();
      }
      out.write(buffer, 0, n);
    }
    return total;
  }
}
