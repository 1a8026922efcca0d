package io.shutterport.platform.events;

/**
 * Something search results depend on changed on this node (a photographer's time was held or
 * released, a profile, plan or availability saved): cached results must not outlive it here.
 *
 * @param tenantId the tenant concerned
 */
public record SearchInputsChanged(String tenantId) {}
