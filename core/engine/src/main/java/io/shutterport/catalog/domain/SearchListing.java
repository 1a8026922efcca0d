package io.shutterport.catalog.domain;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Search's read model: a plan with the photographer fields search filters and orders by. Written
 * whenever the profile or the plan is saved, in the same transaction.
 */
@Entity
@Table(name = "search_listing")
public class SearchListing extends TenantOwned {
  @Id
  @Column(name = "plan_id")
  private String planId;

  @Column(name = "photographer_id")
  private String photographerId;

  @Column(name = "category_id")
  private String categoryId;

  private String prefecture;
  private String city;

  @Column(name = "price_minor")
  private long priceMinor;

  private Double latitude;
  private Double longitude;
  private String languages;

  protected SearchListing() {}

  public SearchListing(PhotographerProfile profile, Plan plan) {
    this.planId = plan.view().id();
    this.photographerId = profile.id();
    this.categoryId = plan.view().categoryId();
    this.prefecture = profile.prefecture();
    this.city = profile.city();
    this.priceMinor = plan.view().price().minorUnits();
    this.latitude = profile.latitude();
    this.longitude = profile.longitude();
    this.languages = String.join(",", profile.languages());
  }
}
