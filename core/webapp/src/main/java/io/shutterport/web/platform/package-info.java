/** Web plumbing: start-up, tenant resolution, security headers, theme resources, health. */
package io.shutterport.web.platform;
