/** Small helpers every feature shares. */
package io.shutterport.platform.util;
