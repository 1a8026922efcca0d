package io.shutterport.web.security;

import io.shutterport.identity.UserView;
import io.shutterport.platform.error.ShutterportException;
import io.shutterport.platform.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** The caller of the current request; logs in and out. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {
  @Inject HttpServletRequest request;
  @Inject TenantContext tenant;
  @Inject io.shutterport.identity.AccountSessions sessions;

  public Optional<SessionUser> get() {
    return Optional.ofNullable(
        SessionAuthMechanism.current(request, tenant.current().orElse(null), sessions));
  }

  /** The user id; 401 when nobody is logged in. */
  public String id() {
    return get().map(SessionUser::userId).orElseThrow(NotLoggedInException::new);
  }

  public boolean isLoggedIn() {
    return get().isPresent();
  }

  public boolean hasRole(String role) {
    return get().map(u -> u.role().equals(role)).orElse(false);
  }

  /** An administrator of the platform, on the platform console's host. */
  public boolean isPlatformAdmin() {
    return hasRole("PLATFORM_ADMIN")
        && tenant
            .current()
            .filter(io.shutterport.tenant.TenantService.PLATFORM::equals)
            .isPresent();
  }

  public String getDisplayName() {
    return get().map(SessionUser::displayName).orElse("");
  }

  /** Starts a new session for the user: a new session id, so a planted one is worthless. */
  public void login(UserView user) {
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    SessionUser current =
        new SessionUser(
            user.id(),
            tenant.require(),
            user.role().name(),
            user.displayName(),
            System.currentTimeMillis());
    session.setAttribute(SessionUser.ATTRIBUTE, current);
    SessionAuthMechanism.remember(request, current);
  }

  public void logout() {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SessionAuthMechanism.remember(request, null);
  }

  /** Nobody is logged in. */
  public static class NotLoggedInException extends ShutterportException {
    public NotLoggedInException() {
      super("error.loginRequired");
    }

    @Override
    public Kind kind() {
      return Kind.UNAUTHENTICATED;
    }
  }
}
