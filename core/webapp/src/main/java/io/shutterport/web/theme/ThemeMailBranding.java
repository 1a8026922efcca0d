package io.shutterport.web.theme;

import io.shutterport.notification.MailBrand;
import io.shutterport.notification.MailBranding;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.tenant.TenantService;
import io.shutterport.tenant.TenantView;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

/** Mails in the colours of the tenant's theme (replaces the engine's plain branding). */
@ApplicationScoped
@Alternative
@Priority(100)
public class ThemeMailBranding implements MailBranding {
  @Inject Themes themes;
  @Inject TenantContext tenant;
  @Inject TenantService tenants;

  @Override
  public MailBrand current() {
    TenantView t = tenants.byId(tenant.require());
    Theme theme = themes.get(t.theme());
    MailBrand plain = MailBrand.plain(t.name());
    return new MailBrand(
        t.name(),
        theme.property("color.primary", plain.primary()),
        theme.property("color.background", plain.background()),
        theme.property("color.text", plain.text()));
  }
}
