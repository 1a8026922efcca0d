package io.shutterport.notification;

import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The marketplace's name on neutral colours; used when no theme-aware branding is deployed. */
@ApplicationScoped
public class PlainMailBranding implements MailBranding {
  @Inject TenantContext tenant;
  @Inject TenantService tenants;

  @Override
  public MailBrand current() {
    return MailBrand.plain(tenants.byId(tenant.require()).name());
  }
}
