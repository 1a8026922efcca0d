/**
 * Persistence plumbing shared by every feature: tenant scoping in one place ({@link
 * io.shutterport.platform.persistence.TenantOwned}), the per-request entity manager and the
 * migrations that run at start.
 */
package io.shutterport.platform.persistence;
