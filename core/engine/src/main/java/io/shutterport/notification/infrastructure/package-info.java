/** Storage work of the notification feature that runs outside any tenant's request. */
package io.shutterport.notification.infrastructure;
