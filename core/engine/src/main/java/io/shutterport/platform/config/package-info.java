/** Typed access to the settings that come from MicroProfile Config (environment in production). */
package io.shutterport.platform.config;
