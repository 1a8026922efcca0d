/** The outbox row. */
package io.shutterport.notification.domain;
