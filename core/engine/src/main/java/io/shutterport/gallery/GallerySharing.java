package io.shutterport.gallery;

import io.shutterport.booking.Actor;
import io.shutterport.booking.BookingService;
import io.shutterport.gallery.domain.Gallery;
import io.shutterport.gallery.domain.GalleryExpiredException;
import io.shutterport.gallery.domain.GalleryGrant;
import io.shutterport.gallery.domain.WrongPinException;
import io.shutterport.platform.error.ForbiddenException;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.persistence.Db;
import io.shutterport.platform.util.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A customer shares their gallery with family through a link and a PIN. The link is a random token;
 * the PIN (4–8 digits) is kept salted and hashed, five wrong ones in a row lock the link for 15
 * minutes, and a right one gives a 12-hour grant to the gallery's previews and thumbnails — never
 * its originals. A grant opens only the gallery it was given for, and nothing once the gallery has
 * closed.
 */
@ApplicationScoped
public class GallerySharing {
  static final Duration GRANT = Duration.ofHours(12);
  static final Duration LOCK = Duration.ofMinutes(15);
  private static final Pattern PIN = Pattern.compile("\\d{4,8}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Db db;
  @Inject BookingService bookings;

  /**
   * A shared gallery's link.
   *
   * @param token the link's secret part
   * @param path where guests open it
   */
  public record SharedLink(String token, String path) {}

  /**
   * What a right PIN gives.
   *
   * @param grant to send with each request for the gallery's images
   * @param expiresAt until when
   */
  public record Grant(String grant, Instant expiresAt) {}

  /** The customer shares the gallery under a new link and PIN; an earlier link stops working. */
  @Transactional
  public SharedLink share(String userId, String bookingId, String pin) {
    if (bookings.roleIn(userId, bookingId) != Actor.CUSTOMER) {
      throw new ForbiddenException();
    }
    if (pin == null || !PIN.matcher(pin).matches()) {
      throw InvalidInputException.of("pin", "validation.pin");
    }
    Gallery gallery = gallery(bookingId);
    String token = random();
    gallery.share(token, hash(pin));
    return new SharedLink(token, "/shared?token=" + token);
  }

  /** The customer stops sharing. */
  @Transactional
  public void unshare(String userId, String bookingId) {
    if (bookings.roleIn(userId, bookingId) != Actor.CUSTOMER) {
      throw new ForbiddenException();
    }
    gallery(bookingId).unshare();
  }

  /** A guest enters the PIN. Wrong PINs are counted even though the answer is an error. */
  @Transactional(dontRollbackOn = WrongPinException.class)
  public Grant unlock(String token, String pin) {
    // The row stays locked until commit: parallel guesses queue and each reads the failures the
    // one before it counted, so the lock-out cannot be raced.
    Gallery gallery = byToken(token, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    if (gallery.shareLocked(now)) {
      throw new WrongPinException(true);
    }
    if (!gallery.open(now)) {
      throw new GalleryExpiredException();
    }
    if (pin == null || pin.length() > 8 || !matches(pin, gallery.sharePinHash())) {
      gallery.wrongPin(now.plus(LOCK));
      throw new WrongPinException(gallery.shareLocked(now));
    }
    gallery.rightPin();
    GalleryGrant grant = new GalleryGrant(random(), gallery.bookingId(), now.plus(GRANT));
    db.em().persist(grant);
    return new Grant(grant.token(), grant.expiresAt());
  }

  /** The booking whose gallery a guest's grant opens; 404 unless it is this link's and valid. */
  @Transactional
  public String bookingFor(String token, String grant) {
    Gallery gallery = byToken(token);
    GalleryGrant found =
        grant == null || !TOKEN.matcher(grant).matches()
            ? null
            : db.em().find(GalleryGrant.class, grant);
    if (found == null
        || !found.bookingId().equals(gallery.bookingId())
        || Instant.now().isAfter(found.expiresAt())) {
      throw new NotFoundException("gallery");
    }
    if (!gallery.open(Instant.now())) {
      throw new GalleryExpiredException();
    }
    return gallery.bookingId();
  }

  private Gallery gallery(String bookingId) {
    Gallery gallery = db.em().find(Gallery.class, bookingId);
    if (gallery == null) {
      throw new NotFoundException("gallery");
    }
    return gallery;
  }

  private Gallery byToken(String token) {
    return byToken(token, jakarta.persistence.LockModeType.NONE);
  }

  private Gallery byToken(String token, jakarta.persistence.LockModeType lock) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw new NotFoundException("gallery");
    }
    return db.em()
        .createQuery("SELECT g FROM Gallery g WHERE g.shareToken = :t", Gallery.class)
        .setParameter("t", token)
        .setLockMode(lock)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("gallery"));
  }

  private static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hash(String pin) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    String encodedSalt = Base64.getEncoder().encodeToString(salt);
    return encodedSalt + ":" + digest(encodedSalt, pin);
  }

  private static boolean matches(String pin, String stored) {
    if (stored == null) {
      return false;
    }
    int colon = stored.indexOf(':');
    String expected = stored.substring(colon + 1);
    String actual = digest(stored.substring(0, colon), pin);
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
  }

  private static String digest(String salt, String pin) {
    return Sha256.hex((salt + ":" + pin).getBytes(StandardCharsets.UTF_8));
  }
}
