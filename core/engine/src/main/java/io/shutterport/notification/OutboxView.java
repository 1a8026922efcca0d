package io.shutterport.notification;

import java.time.Instant;

/**
 * A mail in the outbox, for the embedded profile's developer outbox page.
 *
 * @param id the row id
 * @param to the recipient
 * @param subject the subject
 * @param body the plain-text body
 * @param createdAt when it was queued
 * @param sentAt when it was handed to SMTP, or null
 */
public record OutboxView(
    String id, String to, String subject, String body, Instant createdAt, Instant sentAt) {}
