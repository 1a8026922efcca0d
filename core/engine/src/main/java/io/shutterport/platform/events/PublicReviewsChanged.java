package io.shutterport.platform.events;

/**
 * A review became public in the running transaction: pages that quote a marketplace's latest
 * reviews must not keep an older list once it commits.
 *
 * @param tenantId the marketplace whose reviews changed
 */
public record PublicReviewsChanged(String tenantId) {}
