/**
 * Who is calling. The identity lives in the HTTP session (Redis-backed in production, so every node
 * sees it); a Jakarta Security mechanism hands it to the container on every request so that page
 * constraints and {@code @RolesAllowed} apply. A session belongs to one tenant.
 */
package io.shutterport.web.security;
