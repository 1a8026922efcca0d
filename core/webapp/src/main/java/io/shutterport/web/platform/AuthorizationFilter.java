package io.shutterport.web.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} and {@code @PermitAll} on every resource method, failing closed: a
 * method with neither is refused. Anonymous callers get 401, others 403.
 */
@Provider
@jakarta.enterprise.context.ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {
  @Context ResourceInfo resource;
  @Inject ProblemResponses problems;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return; // no match: JAX-RS answers 404/405 itself
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    if (roles == null && resource.getResourceClass().isAnnotationPresent(PermitAll.class)) {
      return;
    }
    var security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      request.abortWith(problems.ofKey(401, "error.loginRequired"));
      return;
    }
    if (roles == null || Arrays.stream(roles.value()).noneMatch(security::isUserInRole)) {
      request.abortWith(problems.ofKey(403, "error.forbidden"));
    }
  }
}
