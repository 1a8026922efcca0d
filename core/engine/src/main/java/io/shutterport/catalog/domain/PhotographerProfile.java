package io.shutterport.catalog.domain;

import io.shutterport.catalog.Buffers;
import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** A photographer's public face; its id is the photographer's user id. */
@Entity
@Table(name = "photographer_profile")
public class PhotographerProfile extends TenantOwned {
  @Id private String id;

  @Column(name = "display_name")
  private String displayName;

  private String bio;
  private String prefecture;
  private String city;
  private String languages;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "buffer_before_minutes")
  private int bufferBeforeMinutes;

  @Column(name = "buffer_after_minutes")
  private int bufferAfterMinutes;

  @Column(name = "time_zone")
  private String timeZone = "Asia/Tokyo";

  @Column(name = "min_notice_minutes")
  private int minNoticeMinutes = 1440;

  @Column(name = "horizon_days")
  private int horizonDays = 365;

  @Column(name = "calendar_token")
  private String calendarToken;

  private Double latitude;
  private Double longitude;

  @Column(name = "travel_radius_km")
  private int travelRadiusKm = 30;

  @Column(name = "rating_count")
  private int ratingCount;

  @Column(name = "rating_sum")
  private int ratingSum;

  @Column(name = "requests_received")
  private int requestsReceived;

  @Column(name = "requests_answered")
  private int requestsAnswered;

  /**
   * APPROVED; PENDING while an operator has not approved a new photographer; SUSPENDED while an
   * operator has suspended the account.
   */
  private String approval = "APPROVED";

  protected PhotographerProfile() {}

  public PhotographerProfile(String userId) {
    this.id = userId;
    this.createdAt = Instant.now();
  }

  public void describe(
      String displayName, String bio, String prefecture, String city, List<String> languages) {
    this.displayName = displayName;
    this.bio = bio;
    this.prefecture = prefecture;
    this.city = city;
    this.languages = String.join(",", languages);
  }

  /** Time kept free before and after every shoot (travel, setting up). */
  public Buffers buffers() {
    return new Buffers(
        Duration.ofMinutes(bufferBeforeMinutes), Duration.ofMinutes(bufferAfterMinutes));
  }

  public void buffers(Buffers buffers) {
    bufferBeforeMinutes = (int) buffers.before().toMinutes();
    bufferAfterMinutes = (int) buffers.after().toMinutes();
  }

  /** Sets when the photographer can be booked; the caller has validated the values. */
  public void schedule(ZoneId zone, Buffers buffers, Duration minNotice, int horizonDays) {
    this.timeZone = zone.getId();
    buffers(buffers);
    this.minNoticeMinutes = (int) minNotice.toMinutes();
    this.horizonDays = horizonDays;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public Duration minNotice() {
    return Duration.ofMinutes(minNoticeMinutes);
  }

  public int horizonDays() {
    return horizonDays;
  }

  /** The secret of the calendar feed URL, made on first use. */
  public String calendarToken() {
    if (calendarToken == null) {
      renewCalendarToken();
    }
    return calendarToken;
  }

  /** A new secret for the calendar feed URL: the old URL stops working at once. */
  public void renewCalendarToken() {
    byte[] random = new byte[24];
    new java.security.SecureRandom().nextBytes(random);
    calendarToken = java.util.HexFormat.of().formatHex(random);
  }

  /** Where the photographer starts from and how far they travel; a null point clears it. */
  public void serviceArea(Double latitude, Double longitude, int travelRadiusKm) {
    this.latitude = latitude;
    this.longitude = longitude;
    this.travelRadiusKm = travelRadiusKm;
  }

  public boolean approved() {
    return "APPROVED".equals(approval);
  }

  /** A new photographer of a tenant that approves them first. */
  public void awaitApproval() {
    approval = "PENDING";
  }

  public void approve() {
    approval = "APPROVED";
  }

  /** An operator suspended the account: listed nowhere, bookable by nobody. */
  public void suspend() {
    approval = "SUSPENDED";
  }

  public Double latitude() {
    return latitude;
  }

  public Double longitude() {
    return longitude;
  }

  public int travelRadiusKm() {
    return travelRadiusKm;
  }

  public int ratingCount() {
    return ratingCount;
  }

  public int ratingSum() {
    return ratingSum;
  }

  public int requestsReceived() {
    return requestsReceived;
  }

  public int requestsAnswered() {
    return requestsAnswered;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public String bio() {
    return bio;
  }

  public String prefecture() {
    return prefecture;
  }

  public String city() {
    return city;
  }

  public List<String> languages() {
    return Arrays.asList(languages.split(","));
  }
}
