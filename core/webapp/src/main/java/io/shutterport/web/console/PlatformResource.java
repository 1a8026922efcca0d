package io.shutterport.web.console;

import io.shutterport.console.MarketplaceForm;
import io.shutterport.console.Marketplaces;
import io.shutterport.platform.error.ForbiddenException;
import io.shutterport.platform.plugin.PluginHost;
import io.shutterport.platform.plugin.PluginInstaller;
import io.shutterport.platform.plugin.PluginView;
import io.shutterport.tenant.TenantSummary;
import io.shutterport.web.security.CurrentUser;
import io.shutterport.web.theme.Themes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/** The platform administrator's API, on the platform console's host only. */
@Path("platform")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
public class PlatformResource {
  @Inject Marketplaces marketplaces;
  @Inject PluginHost plugins;
  @Inject PluginInstaller installer;
  @Inject Themes themes;
  @Inject CurrentUser currentUser;

  @GET
  @Path("tenants")
  public List<TenantSummary> tenants() {
    admin();
    return marketplaces.list();
  }

  /** Creates a marketplace on its host names and invites its first operator by mail. */
  @POST
  @Path("tenants")
  public Response create(MarketplaceForm form) {
    String adminId = admin();
    TenantSummary created = marketplaces.create(adminId, form, themes.ids());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  /** Every plugin installed, with its state: STARTED, or FAILED with why. */
  @GET
  @Path("plugins")
  public List<PluginView> plugins() {
    admin();
    return plugins.plugins();
  }

  /**
   * Installs a plugin archive (the request body, a ZIP) that must have the SHA-256 its publisher
   * gives; it is verified before any of its code loads, then started on every node.
   */
  @POST
  @Path("plugins")
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  public Response install(@QueryParam("sha256") String sha256, InputStream archive) {
    String adminId = admin();
    PluginView installed = installer.install(adminId, archive, sha256);
    return Response.status(Response.Status.CREATED).entity(installed).build();
  }

  @GET
  @Path("themes")
  public Set<String> themes() {
    admin();
    return themes.ids();
  }

  private String admin() {
    if (!currentUser.isPlatformAdmin()) {
      throw new ForbiddenException();
    }
    return currentUser.id();
  }
}
