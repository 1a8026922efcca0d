package io.shutterport.web.platform;

import io.shutterport.platform.error.Incidents;
import io.shutterport.platform.error.ShutterportException;
import io.shutterport.platform.error.TooManyRequestsException;
import io.shutterport.platform.persistence.Conflicts;
import io.shutterport.spi.PluginException;
import io.shutterport.spi.storage.ChecksumMismatchException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API becomes a localised {@code application/problem+json} answer. */
public final class ExceptionMappers {
  private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

  private ExceptionMappers() {}

  /** Broken business rules. */
  @Provider
  @jakarta.enterprise.context.ApplicationScoped
  public static class Rules implements ExceptionMapper<ShutterportException> {
    @Inject ProblemResponses problems;

    @Override
    public Response toResponse(ShutterportException e) {
      Response problem = problems.of(e);
      if (e instanceof TooManyRequestsException limited) {
        return Response.fromResponse(problem)
            .header("Retry-After", limited.retryAfterSeconds())
            .build();
      }
      return problem;
    }
  }

  /** JAX-RS's own: unknown path (404), wrong method (405), wrong media type (415), … */
  @Provider
  @jakarta.enterprise.context.ApplicationScoped
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Inject ProblemResponses problems;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status >= 500) {
        return Fallback.log(problems, e);
      }
      if (e.getCause() instanceof JsonbException) {
        return problems.ofKey(400, "error.malformedJson");
      }
      return problems.ofKey(status, "error.http." + status);
    }
  }

  /** A body that is not the JSON we expect. */
  @Provider
  @jakarta.enterprise.context.ApplicationScoped
  public static class Json implements ExceptionMapper<JsonbException> {
    @Inject ProblemResponses problems;

    @Override
    public Response toResponse(JsonbException e) {
      return problems.ofKey(400, "error.malformedJson");
    }
  }

  /** A request body that could not be read. */
  @Provider
  @jakarta.enterprise.context.ApplicationScoped
  public static class Processing implements ExceptionMapper<ProcessingException> {
    @Inject ProblemResponses problems;

    @Override
    public Response toResponse(ProcessingException e) {
      return problems.ofKey(400, "error.malformedJson");
    }
  }

  /** A plugin fault that reached the edge: its feature is unavailable, the rest works. */
  @Provider
  @jakarta.enterprise.context.ApplicationScoped
  public static class Plugin implements ExceptionMapper<PluginException> {
    @Inject ProblemResponses problems;

    @Override
    public Response toResponse(PluginException e) {
      if (e instanceof ChecksumMismatchException) {
        return problems.ofKey(400, "error.checksum");
      }
      LOG.log(Level.WARNING, "Plugin failure: {0}", e.getMessage());
      return problems.ofKey(503, "error.pluginUnavailable");
    }
  }

  /** A malformed argument (a bad object key, a bad range). */
  @Provider
  @jakarta.enterprise.context.ApplicationScoped
  public static class Argument implements ExceptionMapper<IllegalArgumentException> {
    @Inject ProblemResponses problems;

    @Override
    public Response toResponse(IllegalArgumentException e) {
      return problems.ofKey(400, "error.invalid");
    }
  }

  /**
   * Anything else is our bug — log it with an id, show the id, never a stack trace — except a
   * conflict between concurrent requests (a lost lock, a key taken first): the client's 409, and
   * the transaction rolled back whole.
   */
  @Provider
  @jakarta.enterprise.context.ApplicationScoped
  public static class Fallback implements ExceptionMapper<Throwable> {
    @Inject ProblemResponses problems;

    @Override
    public Response toResponse(Throwable e) {
      return log(problems, e);
    }

    static Response log(ProblemResponses problems, Throwable e) {
      if (Conflicts.is(e)) {
        LOG.log(Level.FINE, "Concurrent requests conflicted", e);
        return problems.ofKey(409, "error.conflict");
      }
      return problems.ofIncident(Incidents.open("request failed", e));
    }
  }
}
