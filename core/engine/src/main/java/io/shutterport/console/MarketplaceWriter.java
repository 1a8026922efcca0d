package io.shutterport.console;

import io.shutterport.identity.IdentityService;
import io.shutterport.platform.audit.AuditLog;
import io.shutterport.tenant.NewTenant;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Writes a new marketplace in one transaction, inside the new tenant's context. */
@ApplicationScoped
public class MarketplaceWriter {
  @Inject TenantService tenants;
  @Inject IdentityService identity;
  @Inject AuditLog audit;

  @Transactional
  public void write(
      String adminId, NewTenant spec, String operatorEmail, String operatorName, String link) {
    tenants.create(spec);
    var operator = identity.inviteOperator(operatorEmail, operatorName, spec.defaultLocale(), link);
    audit.record(
        adminId,
        "marketplace.create",
        spec.id(),
        "hosts=" + String.join(",", spec.hosts()) + " theme=" + spec.theme());
    audit.record(adminId, "operator.invite", operator.id(), operatorEmail);
  }
}
