/** The base of every business-rule exception and the kinds of failure the web layer maps. */
package io.shutterport.platform.error;
