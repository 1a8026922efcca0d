/** Which tenant the current request or job works for. */
package io.shutterport.platform.tenancy;
