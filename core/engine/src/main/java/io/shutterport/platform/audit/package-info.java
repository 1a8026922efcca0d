/** Who did what to whom: the tenant's audit log of operator actions. */
package io.shutterport.platform.audit;
