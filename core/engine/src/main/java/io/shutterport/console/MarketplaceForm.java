package io.shutterport.console;

import java.util.List;

/**
 * A new marketplace, as the platform administrator fills it in.
 *
 * @param id a lower-case slug, unique, e.g. {@code hanayome}
 * @param name the marketplace's name, shown as its brand
 * @param hosts the host names it answers on (at least one)
 * @param defaultLocale ja or en
 * @param currency an ISO 4217 code the platform supports
 * @param timeZone an IANA zone id
 * @param theme a theme id
 * @param categoryPlugins category plugins to switch on
 * @param operatorEmail the first operator, who gets a mail to choose a password
 * @param operatorName the operator's display name
 */
public record MarketplaceForm(
    String id,
    String name,
    List<String> hosts,
    String defaultLocale,
    String currency,
    String timeZone,
    String theme,
    List<String> categoryPlugins,
    String operatorEmail,
    String operatorName) {}
