package io.shutterport.web.security;

import io.shutterport.tenant.TenantService;
import io.shutterport.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Restores the caller from the session on every request. Protected pages send anonymous visitors to
 * the login page; the API answers 401 with a problem document.
 */
@ApplicationScoped
public class SessionAuthMechanism implements HttpAuthenticationMechanism {
  @Inject TenantService tenants;
  @Inject io.shutterport.identity.AccountSessions sessions;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Runs before the servlet filters, so it resolves the tenant from the host itself.
    String tenantId = tenants.byHost(request.getServerName()).map(TenantView::id).orElse(null);
    SessionUser user = current(request, tenantId, sessions);
    if (user != null) {
      return context.notifyContainerAboutLogin(user.userId(), Set.of(user.role()));
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    try {
      if (request.getRequestURI().startsWith("/api/")) {
        response.setStatus(401);
        response.setContentType("application/problem+json");
        response
            .getWriter()
            .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401}");
      } else {
        String next =
            request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /**
   * The session's user if it logged in on this tenant and may go on (not suspended, not ended by a
   * password reset, not too old); null otherwise. Such a session ends here, on whichever node sees
   * it first. Checked once per request (the authentication mechanism, then the pages, ask): the
   * answer is kept on the request.
   */
  static SessionUser current(
      HttpServletRequest request,
      String tenantId,
      io.shutterport.identity.AccountSessions sessions) {
    Object known = request.getAttribute(CHECKED);
    if (known != null) {
      return known instanceof SessionUser user ? user : null;
    }
    SessionUser user = check(request, tenantId, sessions);
    remember(request, user);
    return user;
  }

  /** Keeps the request's answer; null: nobody is logged in (any more). */
  static void remember(HttpServletRequest request, SessionUser user) {
    request.setAttribute(CHECKED, user == null ? Boolean.FALSE : user);
  }

  private static final String CHECKED = "shutterport.user.checked";

  private static SessionUser check(
      HttpServletRequest request,
      String tenantId,
      io.shutterport.identity.AccountSessions sessions) {
    HttpSession session = request.getSession(false);
    if (session == null || tenantId == null) {
      return null;
    }
    Object value = session.getAttribute(SessionUser.ATTRIBUTE);
    if (value instanceof SessionUser user && user.tenantId().equals(tenantId)) {
      if (!sessions.valid(user.userId(), user.since())) {
        session.invalidate();
        return null;
      }
      return user;
    }
    return null;
  }
}
