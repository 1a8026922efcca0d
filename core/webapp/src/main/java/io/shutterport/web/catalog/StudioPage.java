package io.shutterport.web.catalog;

import io.shutterport.catalog.CatalogService;
import io.shutterport.catalog.ProfileForm;
import io.shutterport.catalog.ProfileView;
import io.shutterport.identity.IdentityService;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The photographer's public profile (plans and availability have their own studio pages). */
@Named("studio")
@RequestScoped
public class StudioPage {
  @Inject CatalogService catalog;
  @Inject IdentityService identity;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;

  private String displayName;
  private String bio;
  private String prefecture;
  private String city;
  private String languages = "ja";
  private Double latitude;
  private Double longitude;
  private Integer travelRadiusKm = 30;
  private ProfileView profile;

  @PostConstruct
  void load() {
    String me = currentUser.id();
    if (catalog.hasProfile(me)) {
      profile = catalog.profile(me);
      displayName = profile.displayName();
      bio = profile.bio();
      prefecture = profile.prefecture();
      city = profile.city();
      languages = String.join(",", profile.languages());
      var area = catalog.figures(me); // the base point is private: not part of the public profile
      latitude = area.latitude();
      longitude = area.longitude();
      travelRadiusKm = area.travelRadiusKm();
    } else {
      displayName = identity.user(me).displayName();
    }
  }

  public String saveProfile() {
    return actions.run(
        () -> {
          profile =
              catalog.saveProfile(
                  currentUser.id(),
                  new ProfileForm(
                      displayName,
                      bio,
                      prefecture,
                      city,
                      languages,
                      latitude,
                      longitude,
                      travelRadiusKm));
          actions.info("studio.saved");
          return null;
        });
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public Integer getTravelRadiusKm() {
    return travelRadiusKm;
  }

  public void setTravelRadiusKm(Integer travelRadiusKm) {
    this.travelRadiusKm = travelRadiusKm;
  }

  public boolean isHasProfile() {
    return profile != null;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public String getPrefecture() {
    return prefecture;
  }

  public void setPrefecture(String prefecture) {
    this.prefecture = prefecture;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }
}
