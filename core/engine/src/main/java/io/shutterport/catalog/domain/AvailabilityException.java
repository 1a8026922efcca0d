package io.shutterport.catalog.domain;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A date that differs from the weekly rules: closed (no window) or open in this window. */
@Entity
@Table(name = "availability_exception")
public class AvailabilityException extends TenantOwned {
  @Id private String id;

  @Column(name = "photographer_id")
  private String photographerId;

  @Column(name = "on_date")
  private LocalDate date;

  @Column(name = "start_minute")
  private Integer startMinute;

  @Column(name = "end_minute")
  private Integer endMinute;

  protected AvailabilityException() {}

  public AvailabilityException(
      String photographerId, LocalDate date, Integer startMinute, Integer endMinute) {
    this.id = UUID.randomUUID().toString();
    this.photographerId = photographerId;
    this.date = date;
    this.startMinute = startMinute;
    this.endMinute = endMinute;
  }

  public String photographerId() {
    return photographerId;
  }

  public LocalDate date() {
    return date;
  }

  /** Null when the date is closed. */
  public Integer startMinute() {
    return startMinute;
  }

  public Integer endMinute() {
    return endMinute;
  }
}
