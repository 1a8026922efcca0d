package io.shutterport.web.identity;

import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Registration;
import io.shutterport.identity.Role;
import io.shutterport.identity.UserView;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.web.platform.Localizer;
import io.shutterport.web.platform.ProblemResponses;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/** Accounts. Answers never tell whether an e-mail has an account. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
  @Inject IdentityService identity;
  @Inject CurrentUser currentUser;
  @Inject TenantContext tenant;
  @Inject Localizer localizer;
  @Inject ProblemResponses problems;

  /**
   * A sign-up.
   *
   * @param email e-mail
   * @param password password (10+ characters)
   * @param displayName public name
   * @param role CUSTOMER or PHOTOGRAPHER
   */
  public record RegisterBody(String email, String password, String displayName, String role) {}

  /**
   * Credentials.
   *
   * @param email e-mail
   * @param password password
   */
  public record LoginBody(String email, String password) {}

  /**
   * A one-time token from a mail.
   *
   * @param token the token
   */
  public record TokenBody(String token) {}

  /**
   * An e-mail address.
   *
   * @param email e-mail
   */
  public record EmailBody(String email) {}

  /**
   * A new password with its reset token.
   *
   * @param token the token from the mail
   * @param password the new password
   */
  public record ResetBody(String token, String password) {}

  @POST
  @Path("register")
  @PermitAll
  public Response register(RegisterBody body) {
    RegisterBody b = body == null ? new RegisterBody(null, null, null, null) : body;
    identity.register(
        new Registration(
            b.email(), b.password(), b.displayName(), role(b.role()), localizer.language()),
        tenant.origin());
    return Response.accepted(Map.of("message", localizer.message("register.sent"))).build();
  }

  @POST
  @Path("verify")
  @PermitAll
  public Response verify(TokenBody body) {
    if (body == null || !identity.verifyEmail(body.token())) {
      throw InvalidInputException.of("token", "validation.token");
    }
    return Response.ok(Map.of("message", localizer.message("verify.done"))).build();
  }

  @POST
  @Path("login")
  @PermitAll
  public Response login(LoginBody body) {
    if (body == null) {
      return problems.ofKey(401, "login.failed");
    }
    return identity
        .login(body.email(), body.password())
        .map(
            user -> {
              currentUser.login(user);
              return Response.ok(user).build();
            })
        .orElseGet(() -> problems.ofKey(401, "login.failed"));
  }

  @POST
  @Path("logout")
  @PermitAll
  public Response logout() {
    currentUser.logout();
    return Response.noContent().build();
  }

  @POST
  @Path("password-reset")
  @PermitAll
  public Response requestReset(EmailBody body) {
    identity.requestPasswordReset(
        body == null ? null : body.email(), localizer.language(), tenant.origin());
    return Response.accepted(Map.of("message", localizer.message("forgot.sent"))).build();
  }

  @POST
  @Path("password-reset/confirm")
  @PermitAll
  public Response reset(ResetBody body) {
    if (body == null) {
      throw InvalidInputException.of("token", "validation.token");
    }
    identity.resetPassword(body.token(), body.password());
    return Response.noContent().build();
  }

  @GET
  @Path("me")
  @RolesAllowed({"CUSTOMER", "PHOTOGRAPHER", "OPERATOR", "PLATFORM_ADMIN"})
  public UserView me() {
    return identity.user(currentUser.id());
  }

  static Role role(String value) {
    try {
      return value == null ? null : Role.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("role", "validation.role");
    }
  }
}
