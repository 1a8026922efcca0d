package io.shutterport.identity;

/**
 * A sign-up.
 *
 * @param email the e-mail to verify
 * @param password the chosen password
 * @param displayName the public name
 * @param role CUSTOMER or PHOTOGRAPHER
 * @param locale the language for mails
 */
public record Registration(
    String email, String password, String displayName, Role role, String locale) {}
