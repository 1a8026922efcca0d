package io.shutterport.web.console;

import io.shutterport.console.DeadJobs;
import io.shutterport.platform.jobs.JobView;
import io.shutterport.platform.persistence.RecordsQuery;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The marketplace's dead background jobs: read them, run one again. */
@Path("operator/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("OPERATOR")
public class DeadJobsResource {
  @Inject DeadJobs jobs;
  @Inject CurrentUser currentUser;

  /** Newest first, 50 a page; the total in {@code X-Total-Count}. */
  @GET
  @Path("dead")
  public Response dead(
      @QueryParam("kind") String kind,
      @QueryParam("first") @DefaultValue("0") String first,
      @QueryParam("size") @DefaultValue("50") String size) {
    Map<String, String> filters = new HashMap<>();
    filters.put("kind", kind);
    RecordsQuery query =
        new RecordsQuery(number(first), number(size), null, false, filters).checked();
    List<JobView> page = jobs.page(currentUser.id(), query);
    return Response.ok(page).header("X-Total-Count", jobs.count(currentUser.id(), query)).build();
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw io.shutterport.platform.error.InvalidInputException.of("page", "validation.rows");
    }
  }

  /** 204 once queued again; 404 for an unknown job, 409 for one that is not dead. */
  @POST
  @Path("{id}/retry")
  public Response retry(@PathParam("id") String id) {
    jobs.retry(currentUser.id(), id);
    return Response.noContent().build();
  }
}
