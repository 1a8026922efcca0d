package io.shutterport.web.matching;

import io.shutterport.booking.BookingView;
import io.shutterport.identity.Role;
import io.shutterport.matching.AutoBooking;
import io.shutterport.matching.MatchingService;
import io.shutterport.matching.ProposalForm;
import io.shutterport.matching.ProposalView;
import io.shutterport.matching.RankingView;
import io.shutterport.matching.ShootRequestForm;
import io.shutterport.matching.ShootRequestService;
import io.shutterport.matching.ShootRequestView;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** おまかせ booking, shoot requests with proposals, and ranking factors. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MatchingResource {
  @Inject MatchingService matching;
  @Inject ShootRequestService requests;
  @Inject CurrentUser currentUser;

  /** The marketplace picks the best-ranked photographer free at that time and requests them. */
  @POST
  @Path("auto-bookings")
  @RolesAllowed("CUSTOMER")
  public Response auto(AutoBooking form) {
    BookingView booking = matching.auto(currentUser.id(), form);
    return Response.status(201).entity(booking).build();
  }

  /** The photographer's own ranking factors. */
  @GET
  @Path("me/ranking")
  @RolesAllowed("PHOTOGRAPHER")
  public RankingView ranking() {
    return matching.myRanking(currentUser.id());
  }

  @POST
  @Path("shoot-requests")
  @RolesAllowed("CUSTOMER")
  public Response post(ShootRequestForm form) {
    return Response.status(201).entity(requests.post(currentUser.id(), form)).build();
  }

  /** A customer's own requests, or the open requests a photographer can answer. */
  @GET
  @Path("shoot-requests")
  @RolesAllowed({"CUSTOMER", "PHOTOGRAPHER"})
  public List<ShootRequestView> list() {
    return currentUser.hasRole(Role.CUSTOMER.name())
        ? requests.mine(currentUser.id())
        : requests.forPhotographer(currentUser.id());
  }

  @GET
  @Path("shoot-requests/{id}")
  @RolesAllowed({"CUSTOMER", "PHOTOGRAPHER"})
  public ShootRequestView get(@PathParam("id") String id) {
    return requests.get(currentUser.id(), id);
  }

  @POST
  @Path("shoot-requests/{id}/proposals")
  @RolesAllowed("PHOTOGRAPHER")
  public Response propose(@PathParam("id") String id, ProposalForm form) {
    ProposalView proposal = requests.propose(currentUser.id(), id, form);
    return Response.status(201).entity(proposal).build();
  }

  /** The customer accepts a proposal: it becomes an accepted booking. */
  @POST
  @Path("shoot-requests/{id}/proposals/{proposalId}/accept")
  @RolesAllowed("CUSTOMER")
  public Response accept(@PathParam("id") String id, @PathParam("proposalId") String proposalId) {
    return Response.status(201).entity(requests.accept(currentUser.id(), id, proposalId)).build();
  }
}
