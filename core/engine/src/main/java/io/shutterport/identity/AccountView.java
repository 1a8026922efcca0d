package io.shutterport.identity;

/**
 * An account as the operator console lists it.
 *
 * @param user the account
 * @param suspended whether an operator suspended it
 */
public record AccountView(UserView user, boolean suspended) {}
