package io.shutterport.tenant;

import java.time.Instant;
import java.util.List;

/**
 * A marketplace as the platform console lists it.
 *
 * @param id its id
 * @param name its name
 * @param hosts the host names it answers on
 * @param theme its theme
 * @param defaultLocale its first language
 * @param categoryPlugins the category plugins switched on
 * @param createdAt when it was created
 */
public record TenantSummary(
    String id,
    String name,
    List<String> hosts,
    String theme,
    String defaultLocale,
    List<String> categoryPlugins,
    Instant createdAt) {}
