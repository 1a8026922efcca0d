package io.shutterport.platform.audit;

import java.time.Instant;

/**
 * A line of the audit log.
 *
 * @param id its id
 * @param actorId who acted
 * @param action what they did, e.g. {@code conversation.read}
 * @param target what they did it to, e.g. a booking id
 * @param detail free text for the reader of the log (no personal data)
 * @param at when
 */
public record AuditView(
    String id, String actorId, String action, String target, String detail, Instant at) {}
