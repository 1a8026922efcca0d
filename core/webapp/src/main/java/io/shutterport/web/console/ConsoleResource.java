package io.shutterport.web.console;

import io.shutterport.console.MarketplaceSettings;
import io.shutterport.tenant.TenantView;
import io.shutterport.web.security.CurrentUser;
import io.shutterport.web.theme.Themes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The operator's marketplace settings: name, languages, time zone, theme, categories. */
@Path("operator/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("OPERATOR")
public class ConsoleResource {
  @Inject MarketplaceSettings settings;
  @Inject Themes themes;
  @Inject CurrentUser currentUser;
  @Inject io.shutterport.matching.MatchingService matching;

  /**
   * @param name the marketplace's name, its brand
   * @param defaultLocale ja or en
   * @param locales the languages offered
   * @param currency JPY, USD or EUR; changes only while no plan exists (null: unchanged)
   * @param timeZone an IANA zone id
   */
  public record ProfileBody(
      String name, String defaultLocale, List<String> locales, String currency, String timeZone) {}

  /**
   * @param theme a theme id
   */
  public record ThemeBody(String theme) {}

  /**
   * @param plugins category plugins switched on
   * @param order category ids in the order shown
   * @param hidden category ids switched off
   */
  public record CategoriesBody(List<String> plugins, List<String> order, List<String> hidden) {}

  @GET
  public TenantView get() {
    return settings.current(currentUser.id());
  }

  @PUT
  @Path("profile")
  public TenantView profile(ProfileBody body) {
    ProfileBody b = body == null ? new ProfileBody(null, null, null, null, null) : body;
    return settings.updateProfile(
        currentUser.id(), b.name(), b.defaultLocale(), b.locales(), b.currency(), b.timeZone());
  }

  @PUT
  @Path("theme")
  public TenantView theme(ThemeBody body) {
    return settings.chooseTheme(currentUser.id(), body == null ? null : body.theme(), themes.ids());
  }

  @PUT
  @Path("categories")
  public TenantView categories(CategoriesBody body) {
    CategoriesBody b = body == null ? new CategoriesBody(null, null, null) : body;
    return settings.arrangeCategories(currentUser.id(), b.plugins(), b.order(), b.hidden());
  }

  /** The marketplace's own wording: language → message key → text. */
  @GET
  @Path("copy")
  public java.util.Map<String, java.util.Map<String, String>> copy() {
    return settings.copy(currentUser.id());
  }

  /**
   * Rewords one message of the pages; a blank or missing language goes back to the default there.
   *
   * @param ja the Japanese wording
   * @param en the English wording
   */
  public record CopyBody(String ja, String en) {}

  @PUT
  @Path("copy/{key}")
  public java.util.Map<String, java.util.Map<String, String>> copy(
      @jakarta.ws.rs.PathParam("key") String key, CopyBody body) {
    java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
    texts.put("ja", body == null ? null : body.ja());
    texts.put("en", body == null ? null : body.en());
    settings.updateCopy(currentUser.id(), key, texts, io.shutterport.web.platform.Localizer.keys());
    return settings.copy(currentUser.id());
  }

  /**
   * The search ranking's weights.
   *
   * @param weights text form, e.g. distance=25,availability=25,rating=25,response=15,price=10
   */
  public record WeightsBody(String weights) {}

  @PUT
  @Path("ranking")
  public io.shutterport.matching.RankingWeights weights(WeightsBody body) {
    return matching.updateWeights(currentUser.id(), body == null ? null : body.weights());
  }

  /**
   * The first results of a search on {@code date} under proposed weights, each with its place under
   * today's; nothing is saved.
   */
  @GET
  @Path("ranking/preview")
  public List<io.shutterport.matching.WeightsPreview> previewWeights(
      @jakarta.ws.rs.QueryParam("weights") String weights,
      @jakarta.ws.rs.QueryParam("date") String date) {
    return matching.previewWeights(currentUser.id(), weights, date);
  }
}
