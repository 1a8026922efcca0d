package io.shutterport.tenant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A branded marketplace. */
@Entity
@Table(name = "tenant")
@NamedQuery(
    name = "Tenant.findByHost",
    query = "SELECT t FROM Tenant t, TenantHost h WHERE h.tenantId = t.id AND h.host = :host")
public class Tenant {
  @Id private String id;
  private String name;

  @Column(name = "default_locale")
  private String defaultLocale;

  private String locales;
  private String currency;

  @Column(name = "time_zone")
  private String timeZone;

  private String theme;

  @Column(name = "commission_bp")
  private int commissionBasisPoints;

  @Column(name = "storage_plugin")
  private String storagePlugin;

  @Column(name = "payment_plugin")
  private String paymentPlugin;

  @Column(name = "category_plugins")
  private String categoryPlugins;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "request_ttl")
  private String requestTtl = "PT48H";

  @Column(name = "auto_complete_after")
  private String autoCompleteAfter = "P7D";

  @Column(name = "payout_delay")
  private String payoutDelay = "PT0S";

  @Column(name = "cancellation_policy")
  private String cancellationPolicy;

  @Column(name = "review_window")
  private String reviewWindow = "P14D";

  @Column(name = "tip_share_bp")
  private int tipShareBasisPoints = 9000;

  @Column(name = "user_photo_quota_bytes")
  private long userPhotoQuotaBytes = 200_000_000_000L;

  @Column(name = "photo_quota_bytes")
  private long photoQuotaBytes = 20_000_000_000_000L;

  @Column(name = "travel_fee_bands")
  private String travelFeeBands = "";

  @Column(name = "approve_photographers")
  private boolean approvePhotographers;

  @Column(name = "ranking_weights")
  private String rankingWeights = "distance=25,availability=25,rating=25,response=15,price=10";

  @Column(name = "category_order")
  private String categoryOrder = "";

  @Column(name = "hidden_categories")
  private String hiddenCategories = "";

  protected Tenant() {}

  public Tenant(
      String id,
      String name,
      String defaultLocale,
      List<String> locales,
      String currency,
      String timeZone,
      String theme,
      int commissionBasisPoints,
      String storagePlugin,
      String paymentPlugin,
      List<String> categoryPlugins) {
    this.id = id;
    this.name = name;
    this.defaultLocale = defaultLocale;
    this.locales = String.join(",", locales);
    this.currency = currency;
    this.timeZone = timeZone;
    this.theme = theme;
    this.commissionBasisPoints = commissionBasisPoints;
    this.storagePlugin = storagePlugin;
    this.paymentPlugin = paymentPlugin;
    this.categoryPlugins = String.join(",", categoryPlugins);
    this.createdAt = Instant.now();
    this.cancellationPolicy =
        "168h:20,72h:50,24h:100;exempt=WEATHER,CHILD_ILLNESS;compensation=10;creditBonus=5";
  }

  /** Replaces the booking rules; the caller has validated them. */
  public void bookingRules(
      Duration requestTtl,
      Duration autoCompleteAfter,
      Duration payoutDelay,
      Duration reviewWindow,
      int tipShareBasisPoints,
      int commissionBasisPoints,
      String cancellationPolicy) {
    this.reviewWindow = reviewWindow.toString();
    this.tipShareBasisPoints = tipShareBasisPoints;
    this.requestTtl = requestTtl.toString();
    this.autoCompleteAfter = autoCompleteAfter.toString();
    this.payoutDelay = payoutDelay.toString();
    this.commissionBasisPoints = commissionBasisPoints;
    this.cancellationPolicy = cancellationPolicy;
  }

  public long userPhotoQuotaBytes() {
    return userPhotoQuotaBytes;
  }

  public long photoQuotaBytes() {
    return photoQuotaBytes;
  }

  public Duration requestTtl() {
    return Duration.parse(requestTtl);
  }

  public Duration autoCompleteAfter() {
    return Duration.parse(autoCompleteAfter);
  }

  public Duration payoutDelay() {
    return Duration.parse(payoutDelay);
  }

  /** Switches the payment provider; the caller has validated the plugin id. */
  public void paymentPlugin(String pluginId) {
    this.paymentPlugin = pluginId;
  }

  public String travelFeeBands() {
    return travelFeeBands;
  }

  public void travelFeeBands(String bands) {
    this.travelFeeBands = bands;
  }

  public boolean approvePhotographers() {
    return approvePhotographers;
  }

  public void approvePhotographers(boolean required) {
    this.approvePhotographers = required;
  }

  public String rankingWeights() {
    return rankingWeights;
  }

  /** Replaces the ranking weights; the caller has validated them. */
  public void rankingWeights(String weights) {
    this.rankingWeights = weights;
  }

  public Duration reviewWindow() {
    return Duration.parse(reviewWindow);
  }

  public int tipShareBasisPoints() {
    return tipShareBasisPoints;
  }

  public String cancellationPolicy() {
    return cancellationPolicy;
  }

  /** The operator renames the marketplace or changes its languages, currency and time zone. */
  public void profile(
      String name, String defaultLocale, List<String> locales, String currency, String timeZone) {
    this.name = name;
    this.currency = currency;
    this.defaultLocale = defaultLocale;
    this.locales = String.join(",", locales);
    this.timeZone = timeZone;
  }

  public void theme(String theme) {
    this.theme = theme;
  }

  /** The category plugins switched on, the order of their categories and the ones hidden. */
  public void categories(List<String> plugins, List<String> order, List<String> hidden) {
    this.categoryPlugins = String.join(",", plugins);
    this.categoryOrder = String.join(",", order);
    this.hiddenCategories = String.join(",", hidden);
  }

  public List<String> categoryOrder() {
    return split(categoryOrder);
  }

  public List<String> hiddenCategories() {
    return split(hiddenCategories);
  }

  private static List<String> split(String list) {
    return list == null || list.isBlank() ? List.of() : Arrays.asList(list.split(","));
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String defaultLocale() {
    return defaultLocale;
  }

  public List<String> locales() {
    return Arrays.asList(locales.split(","));
  }

  public String currency() {
    return currency;
  }

  public String timeZone() {
    return timeZone;
  }

  public String theme() {
    return theme;
  }

  public int commissionBasisPoints() {
    return commissionBasisPoints;
  }

  public String storagePlugin() {
    return storagePlugin;
  }

  public String paymentPlugin() {
    return paymentPlugin;
  }

  public List<String> categoryPlugins() {
    return categoryPlugins.isBlank() ? List.of() : Arrays.asList(categoryPlugins.split(","));
  }
}
