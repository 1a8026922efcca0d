package io.shutterport.web.identity;

import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Registration;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.web.platform.Localizer;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.platform.Ui;
import io.shutterport.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backing bean of the register, login, verify, forgot and reset pages. */
@Named("account")
@RequestScoped
public class AccountPages {
  @Inject IdentityService identity;
  @Inject CurrentUser currentUser;
  @Inject TenantContext tenant;
  @Inject Localizer localizer;
  @Inject PageActions actions;

  private String email;
  private String password;
  private String displayName;
  private String role = "CUSTOMER";
  private String token;
  private String next;
  private boolean done;
  private boolean verified;

  public String register() {
    return actions.run(
        () -> {
          identity.register(
              new Registration(
                  email, password, displayName, AuthResource.role(role), localizer.language()),
              tenant.origin());
          done = true;
          return null;
        });
  }

  public String login() {
    return actions.run(this::tryLogin);
  }

  private String tryLogin() {
    return identity
        .login(email, password)
        .map(
            user -> {
              currentUser.login(user);
              String target =
                  Ui.isLocalPath(next)
                      ? next
                      : switch (user.role()) {
                        case OPERATOR -> "/operator/index";
                        case PLATFORM_ADMIN -> "/platform/";
                        default -> "/bookings";
                      };
              return redirect(target);
            })
        .orElseGet(
            () -> {
              actions.error(null, localizer.message("login.failed"));
              return null;
            });
  }

  public String logout() {
    boolean platform = currentUser.isPlatformAdmin();
    currentUser.logout();
    return platform ? "/login?faces-redirect=true" : "/index?faces-redirect=true";
  }

  /** Runs when the verify page opens with its token. */
  public void verify() {
    verified = identity.verifyEmail(token);
  }

  public String forgot() {
    return actions.run(
        () -> {
          identity.requestPasswordReset(email, localizer.language(), tenant.origin());
          done = true;
          return null;
        });
  }

  public String reset() {
    return actions.run(
        () -> {
          if (token == null) {
            throw InvalidInputException.of("password", "validation.token");
          }
          identity.resetPassword(token, password);
          actions.info("reset.done");
          actions.keepMessages();
          return "/login?faces-redirect=true";
        });
  }

  private static String redirect(String target) {
    try {
      jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().redirect(target);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return null;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public boolean isDone() {
    return done;
  }

  public boolean isVerified() {
    return verified;
  }
}
