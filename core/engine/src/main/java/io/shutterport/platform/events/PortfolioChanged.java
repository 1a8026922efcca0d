package io.shutterport.platform.events;

/**
 * A photographer's portfolio gained, lost or reordered photos in the running transaction: a public
 * page drawn from it must not be kept past the commit. (A new cover also fires {@link
 * SearchInputsChanged}, since results show covers.)
 *
 * @param tenantId the marketplace
 * @param photographerId whose portfolio
 */
public record PortfolioChanged(String tenantId, String photographerId) {}
