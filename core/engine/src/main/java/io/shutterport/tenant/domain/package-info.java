/** Tenant aggregates. Tenants are platform rows, not tenant-owned. */
package io.shutterport.tenant.domain;
