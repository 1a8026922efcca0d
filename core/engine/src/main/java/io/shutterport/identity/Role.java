package io.shutterport.identity;

/** What a user is on a tenant. Names are the Jakarta Security group names. */
public enum Role {
  CUSTOMER,
  PHOTOGRAPHER,
  OPERATOR,
  PLATFORM_ADMIN
}
