/**
 * Tenants: the branded marketplaces one deployment hosts, their host names, settings, theme and
 * chosen plugins. The tenant is resolved once per request from the host name.
 */
package io.shutterport.tenant;
