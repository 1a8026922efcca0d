package io.shutterport.gallery;

import io.shutterport.booking.Actor;
import io.shutterport.booking.BookingService;
import io.shutterport.gallery.domain.Gallery;
import io.shutterport.gallery.domain.GalleryExpiredException;
import io.shutterport.gallery.domain.Photo;
import io.shutterport.gallery.infrastructure.PhotoRepository;
import io.shutterport.platform.config.Settings;
import io.shutterport.platform.error.ForbiddenException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.jobs.JobHandler;
import io.shutterport.platform.jobs.JobQueue;
import io.shutterport.platform.persistence.Db;
import io.shutterport.platform.plugin.PluginBinding;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.storage.SupportsArchiveTier;
import io.shutterport.tenant.TenantPlugins;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A delivered gallery's life, driven by persisted jobs (so any node, after any restart, carries it
 * on): open for {@code SHUTTERPORT_GALLERY_LIFETIME} after the first delivery, a reminder mail
 * {@code SHUTTERPORT_GALLERY_REMINDER} before the end, then closed to the customer's downloads and
 * its originals moved to the archive tier where storage has one. A restore, asked by the customer
 * or an operator, brings the originals back (at once or, for slow tiers, checked every 15 minutes)
 * and opens the gallery again for {@code SHUTTERPORT_GALLERY_RESTORE}. Every job checks the
 * gallery's state first, so a job made stale by a restore does nothing.
 */
@ApplicationScoped
public class GalleryLifecycle {
  static final String REMIND_JOB = "gallery.remind";
  static final String EXPIRE_JOB = "gallery.expire";
  static final String RESTORE_JOB = "gallery.restore";
  private static final Duration RESTORE_CHECK = Duration.ofMinutes(15);

  @Inject Db db;
  @Inject JobQueue jobs;
  @Inject Settings settings;
  @Inject PhotoRepository photos;
  @Inject TenantPlugins plugins;
  @Inject BookingService bookings;
  @Inject Event<GalleryClosing> closing;
  @Inject TenantContext tenant;
  @Inject TenantService tenants;

  /** The first delivery opens the gallery; in the delivery's transaction. */
  void opened(String bookingId) {
    if (find(bookingId) == null) {
      Gallery gallery = new Gallery(bookingId, Instant.now().plus(settings.galleryLifetime()));
      db.em().persist(gallery);
      schedule(gallery);
    }
  }

  /** Refuses a customer's download from a gallery that is not open. */
  void requireDownloadable(Actor role, String bookingId) {
    Gallery gallery = find(bookingId);
    if (gallery != null
        && !gallery.open(Instant.now())
        && (role == Actor.CUSTOMER || gallery.state() != Gallery.State.EXPIRED)) {
      throw new GalleryExpiredException(); // archived originals are unreadable for everyone
    }
  }

  @Transactional
  public GalleryState state(String userId, String bookingId) {
    bookings.roleIn(userId, bookingId);
    Gallery gallery = find(bookingId);
    if (gallery == null) {
      throw new NotFoundException("gallery");
    }
    return view(gallery);
  }

  /** The customer or an operator asks for an expired gallery back. */
  @Transactional
  public GalleryState restore(String userId, String bookingId) {
    if (bookings.roleIn(userId, bookingId) == Actor.PHOTOGRAPHER) {
      throw new ForbiddenException();
    }
    Gallery gallery = find(bookingId);
    if (gallery == null) {
      throw new NotFoundException("gallery");
    }
    switch (gallery.state()) {
      case OPEN -> {
        if (gallery.open(Instant.now())) {
          return view(gallery); // nothing to restore
        }
        reopen(gallery);
      }
      case EXPIRED -> reopen(gallery);
      case ARCHIVED, RESTORING -> {
        if (restoreOriginals(bookingId)) {
          reopen(gallery);
        } else {
          gallery.state(Gallery.State.RESTORING);
          jobs.schedule(RESTORE_JOB, bookingId, Instant.now().plus(RESTORE_CHECK));
        }
      }
    }
    return view(gallery);
  }

  private void reopen(Gallery gallery) {
    gallery.reopen(Instant.now().plus(settings.galleryRestore()));
    schedule(gallery);
  }

  private void schedule(Gallery gallery) {
    jobs.schedule(
        REMIND_JOB, gallery.bookingId(), gallery.expiresAt().minus(settings.galleryReminder()));
    jobs.schedule(EXPIRE_JOB, gallery.bookingId(), gallery.expiresAt());
  }

  /**
   * When the booking's selection was submitted (null: not yet), with the gallery's row locked until
   * the transaction ends, so changes to one selection are made one at a time.
   */
  Instant lockedSelectionSubmittedAt(String bookingId) {
    Gallery gallery =
        db.em().find(Gallery.class, bookingId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (gallery == null) {
      throw new NotFoundException("gallery");
    }
    return gallery.selectionSubmittedAt();
  }

  Instant selectionSubmittedAt(String bookingId) {
    Gallery gallery = find(bookingId);
    return gallery == null ? null : gallery.selectionSubmittedAt();
  }

  /** Records the submission (the caller holds the row's lock); returns when it was made. */
  Instant submitSelection(String bookingId) {
    Gallery gallery = find(bookingId);
    // as the database keeps it, so the first answer and later reads say the same moment
    gallery.submitSelection(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    return gallery.selectionSubmittedAt();
  }

  private Gallery find(String bookingId) {
    return db.em().find(Gallery.class, bookingId);
  }

  private static GalleryState view(Gallery gallery) {
    return new GalleryState(gallery.state().name(), gallery.expiresAt());
  }

  private List<String> originals(String bookingId) {
    return photos.of(Photo.Owner.BOOKING, bookingId).stream().map(Photo::originalKey).toList();
  }

  /** Asks storage for every original back; true when all are readable now. */
  private boolean restoreOriginals(String bookingId) {
    PluginBinding<StorageBackend> storage = plugins.storage();
    if (!storage.supports(SupportsArchiveTier.class)) {
      return true;
    }
    boolean all = true;
    for (String key : originals(bookingId)) {
      all &= storage.call("storage.restore", s -> ((SupportsArchiveTier) s).restore(key));
    }
    return all;
  }

  /** Tells the customer that the gallery closes soon, unless a restore moved the date. */
  void remind(String bookingId) {
    Gallery gallery = find(bookingId);
    Instant now = Instant.now();
    if (gallery == null
        || !gallery.open(now)
        || now.isBefore(gallery.expiresAt().minus(settings.galleryReminder()).minusSeconds(60))) {
      return;
    }
    LocalDate date =
        LocalDate.ofInstant(gallery.expiresAt(), tenants.byId(tenant.require()).zone());
    closing.fire(new GalleryClosing(bookingId, date));
  }

  /** Closes the gallery once its date has passed, archiving its originals where storage can. */
  void expire(String bookingId) {
    Gallery gallery = find(bookingId);
    if (gallery == null
        || gallery.state() != Gallery.State.OPEN
        || Instant.now().isBefore(gallery.expiresAt())) {
      return;
    }
    PluginBinding<StorageBackend> storage = plugins.storage();
    if (storage.supports(SupportsArchiveTier.class)) {
      for (String key : originals(bookingId)) {
        storage.call("storage.archive", s -> ((SupportsArchiveTier) s).archive(key));
      }
      gallery.state(Gallery.State.ARCHIVED);
    } else {
      gallery.state(Gallery.State.EXPIRED);
    }
  }

  /** Checks a slow restore again. */
  void restoring(String bookingId) {
    Gallery gallery = find(bookingId);
    if (gallery == null || gallery.state() != Gallery.State.RESTORING) {
      return;
    }
    if (restoreOriginals(bookingId)) {
      reopen(gallery);
    } else {
      jobs.schedule(RESTORE_JOB, bookingId, Instant.now().plus(RESTORE_CHECK));
    }
  }

  /** The reminder job. */
  @ApplicationScoped
  public static class RemindHandler implements JobHandler {
    @Inject GalleryLifecycle lifecycle;

    @Override
    public String kind() {
      return REMIND_JOB;
    }

    @Override
    public void handle(String bookingId) {
      lifecycle.remind(bookingId);
    }
  }

  /** The expiry job. */
  @ApplicationScoped
  public static class ExpireHandler implements JobHandler {
    @Inject GalleryLifecycle lifecycle;

    @Override
    public String kind() {
      return EXPIRE_JOB;
    }

    @Override
    public void handle(String bookingId) {
      lifecycle.expire(bookingId);
    }
  }

  /** The job that checks a slow restore. */
  @ApplicationScoped
  public static class RestoreHandler implements JobHandler {
    @Inject GalleryLifecycle lifecycle;

    @Override
    public String kind() {
      return RESTORE_JOB;
    }

    @Override
    public void handle(String bookingId) {
      lifecycle.restoring(bookingId);
    }
  }
}
