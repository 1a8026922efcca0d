package io.shutterport.platform.persistence;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The one place tenant scoping lives. Every entity that extends this class gets {@code tenant_id}
 * filled on insert and added to every query by EclipseLink, from the entity manager property
 * {@value #TENANT_PROPERTY}. An entity manager without that property cannot read or write these
 * entities at all: scoping fails closed.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY)
public abstract class TenantOwned {
  public static final String TENANT_PROPERTY = "shutterport.tenant";
}
