package io.shutterport.web.platform;

import io.shutterport.catalog.Prefecture;
import io.shutterport.platform.config.Settings;
import io.shutterport.tenant.TenantView;
import io.shutterport.web.catalog.CatalogFacade;
import io.shutterport.web.catalog.CategoryView;
import io.shutterport.web.theme.Theme;
import io.shutterport.web.theme.Themes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What every page template needs: tenant, theme, language, copy, lists for forms. */
@Named("ui")
@RequestScoped
public class Ui {
  @Inject HttpServletRequest request;
  @Inject Themes themes;
  @Inject Localizer localizer;
  @Inject CatalogFacade catalog;
  @Inject Settings settings;

  private List<CategoryView> categories;

  public TenantView getTenant() {
    return (TenantView) request.getAttribute("tenant");
  }

  /** Whether this is the platform console's host rather than a marketplace. */
  public boolean isPlatform() {
    return getTenant() != null
        && io.shutterport.tenant.TenantService.PLATFORM.equals(getTenant().id());
  }

  public Theme getTheme() {
    return themes.get(localizer.themeId());
  }

  public String getPrimefacesTheme() {
    return getTheme().primefacesTheme();
  }

  public String getLanguage() {
    return localizer.language();
  }

  public String getOtherLanguage() {
    return "ja".equals(getLanguage()) ? "en" : "ja";
  }

  public boolean isEmbedded() {
    return !settings.production();
  }

  /** The request URI with its query, for "come back here" links. */
  public String getHere() {
    String query = request.getQueryString();
    Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
    String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
    return uri + (query == null ? "" : "?" + query);
  }

  /** {@link #getHere()} encoded for a query parameter such as {@code next=}. */
  public String getHereParam() {
    return java.net.URLEncoder.encode(getHere(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Whether {@code target} is a path on this site, never another origin ({@code //x}, {@code /\x}).
   */
  public static boolean isLocalPath(String target) {
    return target != null
        && target.startsWith("/")
        && !target.startsWith("//")
        && !target.contains("\\")
        && !target.contains("\r")
        && !target.contains("\n");
  }

  public List<CategoryView> getCategories() {
    if (categories == null) {
      categories = catalog.categories(getLanguage());
    }
    return categories;
  }

  /** The search map's tile URL template (the marketplace's plain tiles unless configured). */
  public String getMapTiles() {
    return settings.mapTiles();
  }

  /** The credit shown on the map for its tiles. */
  public String getMapAttribution() {
    return settings.mapAttribution();
  }

  /** A message with one argument, e.g. {@code #{ui.format('portfolio.photo', 3)}}. */
  public String format(String key, Object argument) {
    return localizer.message(key, argument);
  }

  public String categoryName(String id) {
    return getCategories().stream()
        .filter(c -> c.id().equals(id))
        .map(CategoryView::name)
        .findFirst()
        .orElse(id);
  }

  public List<Prefecture> getPrefectures() {
    return Arrays.asList(Prefecture.values());
  }

  /** The prefectures as a GET form's choices (value: code), in the visitor's language. */
  public List<Options.Option> getPrefectureOptions() {
    return PrefectureOptions.of(getLanguage());
  }

  /** The marketplace's shown categories as a GET form's choices (value: id; icon and name). */
  public List<Options.Option> getCategoryOptions() {
    return getCategories().stream()
        .map(c -> new Options.Option(c.id(), c.icon() + " " + c.name()))
        .toList();
  }

  /** The prefectures' choices per language, made once: the table never changes. */
  private static final class PrefectureOptions {
    private static final Map<String, List<Options.Option>> BY_LANGUAGE =
        Map.of("ja", build("ja"), "en", build("en"));

    static List<Options.Option> of(String language) {
      return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("ja"));
    }

    private static List<Options.Option> build(String language) {
      return Arrays.stream(Prefecture.values())
          .map(p -> new Options.Option(p.code(), p.label(language)))
          .toList();
    }
  }

  public String prefectureName(String code) {
    return Prefecture.fromCode(code).map(p -> p.label(getLanguage())).orElse(code);
  }

  /** An amount as people write it in this language, e.g. ￥33,000 or €12.50. */
  /** A share between 0 and 1 as a whole percentage in the visitor's locale. */
  public String percent(double share) {
    return java.text.NumberFormat.getPercentInstance(localizer.locale()).format(share);
  }

  /** The marketplace currency's symbol in the page's language, e.g. ￥ or ¥, for money inputs. */
  public String getCurrencySymbol() {
    TenantView tenant = getTenant();
    String code = tenant == null ? "JPY" : tenant.currency();
    return java.util.Currency.getInstance(code)
        .getSymbol(java.util.Locale.forLanguageTag(getLanguage()));
  }

  public String money(io.shutterport.spi.Money money) {
    if (money == null) {
      return "";
    }
    java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(localizer.locale());
    java.util.Currency currency = java.util.Currency.getInstance(money.currency());
    format.setCurrency(currency);
    format.setMaximumFractionDigits(Math.max(currency.getDefaultFractionDigits(), 0));
    format.setMinimumFractionDigits(Math.max(currency.getDefaultFractionDigits(), 0));
    return format.format(money.toDecimal());
  }

  /** A message with two arguments, e.g. {@code #{ui.format2('gallery.selectionOf', 3, 10)}}. */
  public String format2(String key, Object first, Object second) {
    return localizer.message(key, first, second);
  }

  /** A file's size as people read it: 850 KB, 12.4 MB, 2.1 GB (decimal units, as disks count). */
  public static String size(long bytes) {
    if (bytes < 1_000_000) {
      return Math.max(1, Math.round(bytes / 1000.0)) + " KB";
    }
    double megabytes = bytes / 1_000_000.0;
    if (megabytes < 1000) {
      return String.format(java.util.Locale.ROOT, "%.1f MB", megabytes);
    }
    return String.format(java.util.Locale.ROOT, "%.1f GB", megabytes / 1000);
  }

  /** {@link #size(long)} for pages: {@code #{ui.fileSize(bytes)}}. */
  public String fileSize(long bytes) {
    return size(bytes);
  }

  /** The day of a moment in the tenant's time zone, formatted for the language. */
  public String date(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZoneId zone = getTenant() == null ? ZoneId.of("UTC") : getTenant().zone();
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(localizer.locale())
        .format(instant.atZone(zone));
  }

  /** A moment in the tenant's time zone, formatted for the language. */
  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZoneId zone = getTenant() == null ? ZoneId.of("UTC") : getTenant().zone();
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(localizer.locale())
        .format(instant.atZone(zone));
  }

  /** Localised copy: {@code #{msg['key']}} in pages. */
  @Named("msg")
  @RequestScoped
  public static class Messages extends AbstractMap<String, String> {
    @Inject Localizer localizer;

    @Override
    public String get(Object key) {
      return localizer.message(String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
      return true;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return Set.of();
    }
  }
}
