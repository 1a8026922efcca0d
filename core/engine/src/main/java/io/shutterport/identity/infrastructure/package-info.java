/** JPA access to users and tokens. */
package io.shutterport.identity.infrastructure;
