package io.shutterport.catalog.domain;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A weekly window when a photographer works, in minutes of the day in their zone. */
@Entity
@Table(name = "availability_rule")
public class AvailabilityRule extends TenantOwned {
  @Id private String id;

  @Column(name = "photographer_id")
  private String photographerId;

  private int weekday;

  @Column(name = "start_minute")
  private int startMinute;

  @Column(name = "end_minute")
  private int endMinute;

  protected AvailabilityRule() {}

  public AvailabilityRule(String photographerId, int weekday, int startMinute, int endMinute) {
    this.id = UUID.randomUUID().toString();
    this.photographerId = photographerId;
    this.weekday = weekday;
    this.startMinute = startMinute;
    this.endMinute = endMinute;
  }

  public String photographerId() {
    return photographerId;
  }

  public int weekday() {
    return weekday;
  }

  public int startMinute() {
    return startMinute;
  }

  public int endMinute() {
    return endMinute;
  }
}
