package io.shutterport.tenant;

/**
 * How many bytes of originals a marketplace allows, set by the platform.
 *
 * @param perUserBytes what one uploader may hold
 * @param perTenantBytes what the whole marketplace may hold
 */
public record PhotoQuotas(long perUserBytes, long perTenantBytes) {}
