package io.shutterport.tenant;

import java.util.List;
import java.util.Map;

/**
 * What it takes to create a tenant.
 *
 * @param id a lower-case slug
 * @param name the marketplace name
 * @param hosts the host names it answers on
 * @param defaultLocale the first language
 * @param currency ISO 4217
 * @param timeZone an IANA zone id
 * @param theme a theme id
 * @param commissionBasisPoints commission in 1/100 of a percent
 * @param storagePlugin the storage plugin id
 * @param paymentPlugin the payment plugin id
 * @param categoryPlugins the category plugin ids
 * @param pluginSettings per plugin id, its configuration values
 */
public record NewTenant(
    String id,
    String name,
    List<String> hosts,
    String defaultLocale,
    String currency,
    String timeZone,
    String theme,
    int commissionBasisPoints,
    String storagePlugin,
    String paymentPlugin,
    List<String> categoryPlugins,
    Map<String, Map<String, String>> pluginSettings) {}
