package io.shutterport.web.security;

import java.io.Serializable;

/**
 * What the session remembers of the logged-in user.
 *
 * @param userId the user id
 * @param tenantId the tenant the login happened on
 * @param role the role name
 * @param displayName the public name, for the header
 * @param since when the user logged in (epoch milliseconds): sessions begun before the account's
 *     sessions were ended (a password reset) end too
 */
public record SessionUser(
    String userId, String tenantId, String role, String displayName, long since)
    implements Serializable {
  static final String ATTRIBUTE = "shutterport.user";
}
