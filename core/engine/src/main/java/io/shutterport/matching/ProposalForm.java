package io.shutterport.matching;

/**
 * A photographer's proposal.
 *
 * @param price decimal amount in the tenant's currency
 * @param message up to 2,000 characters
 */
public record ProposalForm(String price, String message) {}
