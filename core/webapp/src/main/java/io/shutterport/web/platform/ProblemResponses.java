package io.shutterport.web.platform;

import io.shutterport.platform.error.ShutterportException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds localised problem responses; every exception mapper goes through here. */
@ApplicationScoped
public class ProblemResponses {
  public static final String MEDIA_TYPE = "application/problem+json";

  @Inject Localizer localizer;

  public Response of(ShutterportException e) {
    List<Problem.FieldProblem> fields =
        e.fieldErrors().stream()
            .map(f -> new Problem.FieldProblem(f.field(), localizer.message(f)))
            .toList();
    Object[] args = e.args();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof String s && !s.contains(" ")) {
        String localized = localizer.message("thing." + s);
        args[i] = localized.equals("thing." + s) ? s : localized;
      }
    }
    return of(e.kind().status(), localizer.message(e.messageKey(), args), fields);
  }

  public Response of(int status, String detail, List<Problem.FieldProblem> fields) {
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(new Problem("about:blank", title, status, detail, fields))
        .build();
  }

  /** A 500 for an unexpected failure logged as an incident: the id in the detail and apart. */
  public Response ofIncident(String incident) {
    return Response.status(500)
        .type(MEDIA_TYPE)
        .entity(
            new Problem(
                "about:blank",
                Response.Status.INTERNAL_SERVER_ERROR.getReasonPhrase(),
                500,
                localizer.message("error.incident", incident),
                List.of(),
                incident))
        .build();
  }

  public Response ofKey(int status, String key) {
    return of(status, localizer.message(key), List.of());
  }
}
