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
}
