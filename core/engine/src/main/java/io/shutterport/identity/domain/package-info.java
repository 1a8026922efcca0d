/** Users, their one-time tokens and the password hash. */
package io.shutterport.identity.domain;
