/**
 * Outgoing e-mail through a durable outbox: a mail is a row plus a job in the caller's transaction,
 * sent by whichever node takes the job, at most once per row.
 */
package io.shutterport.notification;
