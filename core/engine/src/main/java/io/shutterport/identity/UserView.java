package io.shutterport.identity;

/**
 * A user as other features see them. No password hash ever leaves the feature.
 *
 * @param id the user id
 * @param email the login e-mail
 * @param displayName the public name
 * @param role the role
 * @param locale the preferred language
 */
public record UserView(String id, String email, String displayName, Role role, String locale) {}
