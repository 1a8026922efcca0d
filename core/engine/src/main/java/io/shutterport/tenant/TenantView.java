package io.shutterport.tenant;

import java.time.ZoneId;
import java.util.List;

/**
 * A tenant's settings as the rest of the system sees them.
 *
 * @param id the tenant id
 * @param name the marketplace name
 * @param defaultLocale the language shown first
 * @param locales the languages offered
 * @param currency the ISO 4217 currency
 * @param zone the time zone shoots are booked in
 * @param theme the theme id
 * @param commissionBasisPoints the platform commission, in 1/100 of a percent
 */
public record TenantView(
    String id,
    String name,
    String defaultLocale,
    List<String> locales,
    String currency,
    ZoneId zone,
    String theme,
    int commissionBasisPoints) {}
