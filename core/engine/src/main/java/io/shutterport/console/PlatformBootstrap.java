package io.shutterport.console;

import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.platform.config.Settings;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.tenant.NewTenant;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The platform console is a tenant of its own ({@link TenantService#PLATFORM}) that answers on the
 * platform host name and whose users are the platform's administrators: logins, sessions and
 * password resets work as for any marketplace, and no marketplace user can hold the role (decision
 * 43). Start-up creates it, follows a changed host name, and creates the first administrator from
 * the environment.
 */
@ApplicationScoped
public class PlatformBootstrap {
  private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class.getName());

  /** The administrator the embedded profile's demo data comes with. */
  public static final String DEMO_ADMIN = "admin@platform.example";

  @Inject Settings settings;
  @Inject TenantService tenants;
  @Inject IdentityService identity;
  @Inject TenantContext context;

  /**
   * Ensures the platform tenant and its first administrator.
   *
   * @param demoPassword the demo password, used for {@link #DEMO_ADMIN} when demo data is on and no
   *     administrator is configured; null otherwise
   */
  @ActivateRequestContext
  @Transactional
  public void ensure(String demoPassword) {
    String host = settings.platformHost();
    if (!tenants.exists(TenantService.PLATFORM)) {
      tenants.create(
          new NewTenant(
              TenantService.PLATFORM,
              "Shutterport Platform",
              List.of(host),
              "en",
              "JPY",
              "UTC",
              "default",
              0,
              settings.storagePlugin(),
              "payment-invoice",
              List.of(),
              Map.of()));
    } else {
      tenants.replaceHosts(TenantService.PLATFORM, List.of(host));
    }
    context.enter(TenantService.PLATFORM);
    Optional<String> email = settings.platformAdminEmail();
    Optional<String> password = settings.platformAdminPassword();
    if (email.isEmpty() && demoPassword != null) {
      email = Optional.of(DEMO_ADMIN);
      password = Optional.of(demoPassword);
    }
    if (email.isEmpty() || password.isEmpty()) {
      LOG.log(
          Level.INFO,
          "No platform administrator configured (SHUTTERPORT_PLATFORM_ADMIN_EMAIL and"
              + " SHUTTERPORT_PLATFORM_ADMIN_PASSWORD)");
      return;
    }
    if (!identity.exists(email.get())) {
      identity.createVerified(
          email.get(),
          identity.hashPassword(password.get()),
          "Platform administrator",
          Role.PLATFORM_ADMIN,
          "en");
      LOG.log(Level.INFO, "Platform administrator created; the console is on {0}", host);
    }
  }
}
