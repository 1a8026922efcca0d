package io.shutterport.web.catalog;

import io.shutterport.booking.CalendarService;
import io.shutterport.booking.StudioCalendar;
import io.shutterport.catalog.AvailabilityForm;
import io.shutterport.catalog.CatalogService;
import io.shutterport.catalog.PlanForm;
import io.shutterport.catalog.PlanView;
import io.shutterport.catalog.Prefecture;
import io.shutterport.catalog.ProfileForm;
import io.shutterport.catalog.ProfileView;
import io.shutterport.gallery.GalleryService;
import io.shutterport.gallery.PhotoView;
import io.shutterport.gallery.PortfolioService;
import io.shutterport.matching.SearchForm;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.review.ReviewService;
import io.shutterport.review.ReviewView;
import io.shutterport.web.platform.Localizer;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
  @Inject CalendarService calendar;
  @Inject ReviewService reviews;
  @Inject GalleryService gallery;
  @Inject PortfolioService portfolio;

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
  public jakarta.ws.rs.core.Response search(
      @QueryParam("category") String category,
      @QueryParam("prefecture") String prefecture,
      @QueryParam("city") String city,
      @QueryParam("lat") Double latitude,
      @QueryParam("lon") Double longitude,
      @QueryParam("radiusKm") Integer radiusKm,
      @QueryParam("date") String date,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("budget") String budget,
      @QueryParam("language") String language,
      @QueryParam("minRating") Double minRating,
      @QueryParam("keyword") String keyword,
      @QueryParam("place") String place,
      @QueryParam("page") String page) {
    var found =
        facade.search(
            new SearchForm(
                category,
                prefecture,
                city,
                latitude,
                longitude,
                radiusKm,
                date,
                from,
                to,
                budget,
                language,
                minRating,
                keyword,
                place),
            CatalogFacade.page(page));
    // One page of results in the body; the count and whether more follow in the headers, so the
    // body stays the list it always was.
    return jakarta.ws.rs.core.Response.ok(found.results())
        .header("X-Total-Count", found.total())
        .header("X-Page", found.page())
        .header("X-More", found.more())
        .build();
  }

  @GET
  @Path("photographers/{id}")
  @PermitAll
  public PhotographerPage photographer(@PathParam("id") String id) {
    return facade.photographer(id);
  }

  /**
   * Free start times of a plan per date (photographer's zone), e.g. {@code
   * ?planId=…&from=2026-12-01&to=2026-12-14}.
   */
  @GET
  @Path("plans/{planId}/slots")
  @PermitAll
  public Map<String, List<String>> slots(
      @PathParam("planId") String planId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return calendar.slots(planId, from, to);
  }

  /** Published reviews of a photographer. */
  @GET
  @Path("photographers/{id}/reviews")
  @PermitAll
  public List<ReviewView> reviews(@PathParam("id") String id) {
    return reviews.aboutPhotographer(id);
  }

  /** A photographer's bookings as an iCalendar feed; the secret in the URL is the key. */
  @GET
  @Path("calendars/{token}.ics")
  @PermitAll
  @Produces("text/calendar; charset=UTF-8")
  public Response calendarFeed(@PathParam("token") String token) {
    return Response.ok(calendar.feed(token))
        .header("Content-Disposition", "inline; filename=\"shutterport.ics\"")
        .header("Cache-Control", "private, max-age=300")
        .build();
  }

  @GET
  @Path("me/availability")
  @RolesAllowed("PHOTOGRAPHER")
  public AvailabilityForm availability() {
    return catalog.myAvailability(currentUser.id());
  }

  @PUT
  @Path("me/availability")
  @RolesAllowed("PHOTOGRAPHER")
  public AvailabilityForm saveAvailability(AvailabilityForm form) {
    return catalog.saveAvailability(currentUser.id(), form);
  }

  /**
   * The caller's own calendar, e.g. {@code ?from=2026-12-01&to=2026-12-31} (at most 62 days): open
   * hours and what their bookings hold, local to their zone.
   */
  @GET
  @Path("me/calendar")
  @RolesAllowed("PHOTOGRAPHER")
  public StudioCalendar calendar(@QueryParam("from") String from, @QueryParam("to") String to) {
    return calendar.mine(currentUser.id(), from, to);
  }

  /** A new secret URL for the caller's calendar feed; the old one stops working. */
  @POST
  @Path("me/calendar-url")
  @RolesAllowed("PHOTOGRAPHER")
  public Map<String, String> renewCalendarUrl() {
    return Map.of("calendarUrl", catalog.renewCalendarUrl(currentUser.id()));
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

  /** Changes one of the caller's plans; bookings already made keep their terms. */
  @PUT
  @Path("me/plans/{planId}")
  @RolesAllowed("PHOTOGRAPHER")
  public PlanView updatePlan(@PathParam("planId") String planId, PlanForm form) {
    return catalog.updatePlan(currentUser.id(), planId, form);
  }

  /** Stops offering one of the caller's plans (bookings made with it go on). */
  @DELETE
  @Path("me/plans/{planId}")
  @RolesAllowed("PHOTOGRAPHER")
  public Response retirePlan(@PathParam("planId") String planId) {
    catalog.retirePlan(currentUser.id(), planId);
    return Response.noContent().build();
  }

  /**
   * Add a portfolio photo as the raw request body (type decided by its bytes). The public sees only
   * derivatives re-encoded without metadata, so nothing the camera wrote (GPS) leaves here.
   */
  @POST
  @Path("me/portfolio")
  @RolesAllowed("PHOTOGRAPHER")
  @Consumes(MediaType.WILDCARD)
  public Response addPortfolioPhoto(java.io.InputStream body) {
    PhotoView photo = gallery.addPortfolioPhoto(currentUser.id(), body);
    return Response.status(201).entity(photo).build();
  }

  /** The caller's portfolio in the order it is shown (the first is the cover). */
  @GET
  @Path("me/portfolio")
  @RolesAllowed("PHOTOGRAPHER")
  public List<PhotoView> portfolio() {
    return gallery.portfolio(currentUser.id());
  }

  /** The order to show the caller's portfolio in: every photo's id, each once. */
  public record PortfolioOrder(List<String> order) {}

  @PUT
  @Path("me/portfolio/order")
  @RolesAllowed("PHOTOGRAPHER")
  public List<PhotoView> arrangePortfolio(PortfolioOrder order) {
    return portfolio.arrange(currentUser.id(), order == null ? null : order.order());
  }

  /** Makes a portfolio photo the cover (shown first, and in search results). */
  @POST
  @Path("me/portfolio/{photoId}/cover")
  @RolesAllowed("PHOTOGRAPHER")
  public List<PhotoView> coverPhoto(@PathParam("photoId") String photoId) {
    return portfolio.cover(currentUser.id(), photoId);
  }

  @DELETE
  @Path("me/portfolio/{photoId}")
  @RolesAllowed("PHOTOGRAPHER")
  public List<PhotoView> removePortfolioPhoto(@PathParam("photoId") String photoId) {
    return portfolio.remove(currentUser.id(), photoId);
  }
}
