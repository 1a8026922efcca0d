/** The operator's console: payments to confirm, bookings, plugins. */
package io.shutterport.web.admin;
