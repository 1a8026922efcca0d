/**
 * The web face of Shutterport: REST resources under {@code /api/v1}, Faces pages, tenant resolution
 * and security. Per feature: {@code web.api} resources and {@code web.pages} beans.
 */
package io.shutterport.web;
