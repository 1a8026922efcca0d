package io.shutterport.web.catalog;

import io.shutterport.catalog.CatalogService;
import io.shutterport.catalog.PlanForm;
import io.shutterport.catalog.PlanView;
import io.shutterport.catalog.Prefecture;
import io.shutterport.catalog.ProfileForm;
import io.shutterport.catalog.ProfileView;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.web.platform.Localizer;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Categories, prefectures, search and profiles. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogResource {
  @Inject CatalogFacade facade;
  @Inject CatalogService catalog;
  @Inject CurrentUser currentUser;
  @Inject Localizer localizer;

  @GET
  @Path("categories")
  @PermitAll
  public List<CategoryView> categories() {
    return facade.categories(localizer.language());
  }

  @GET
  @Path("prefectures")
  @PermitAll
  public List<Map<String, String>> prefectures() {
    return Arrays.stream(Prefecture.values())
        .map(p -> Map.of("code", p.code(), "name", p.label(localizer.language())))
        .toList();
  }

  @GET
  @Path("photographers")
  @PermitAll
  public List<SearchResult> search(
      @QueryParam("category") String category, @QueryParam("prefecture") String prefecture) {
    return facade.search(category, prefecture);
  }

  @GET
  @Path("photographers/{id}")
  @PermitAll
  public PhotographerPage photographer(@PathParam("id") String id) {
    return facade.photographer(id);
  }

  @PUT
  @Path("me/profile")
  @RolesAllowed("PHOTOGRAPHER")
  public ProfileView saveProfile(ProfileForm form) {
    if (form == null) {
      throw InvalidInputException.of("displayName", "validation.displayName");
    }
    return catalog.saveProfile(currentUser.id(), form);
  }

  @POST
  @Path("me/plans")
  @RolesAllowed("PHOTOGRAPHER")
  public Response addPlan(PlanForm form) {
    if (form == null) {
      throw InvalidInputException.of("title", "validation.title");
    }
    PlanView plan = catalog.addPlan(currentUser.id(), form);
    return Response.status(201).entity(plan).build();
  }
}
