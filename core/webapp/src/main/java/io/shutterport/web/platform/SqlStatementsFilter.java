package io.shutterport.web.platform;

import io.shutterport.platform.config.Settings;
import io.shutterport.platform.persistence.SqlCounter;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * With diagnostics on ({@code SHUTTERPORT_DIAGNOSTICS=true}), every API response says how many SQL
 * statements it took ({@code X-Sql-Statements}); the tests and the benchmark hold requests to a
 * bound with it. The count starts when the request reaches JAX-RS; the tenant lookup before it is
 * cached.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class SqlStatementsFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String HEADER = "X-Sql-Statements";

  @Inject Settings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    SqlCounter.reset();
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (settings.diagnostics()) {
      response.getHeaders().putSingle(HEADER, SqlCounter.count());
    }
  }
}
