package io.shutterport.identity;

/**
 * An operator suspended an account, or lifted the suspension (fired in the transaction).
 *
 * @param userId the account
 * @param role its role
 * @param suspended true when suspended, false when reinstated
 */
public record AccountSuspended(String userId, Role role, boolean suspended) {}
