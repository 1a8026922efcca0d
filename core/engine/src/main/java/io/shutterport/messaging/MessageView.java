package io.shutterport.messaging;

import java.time.Instant;

/**
 * A message.
 *
 * @param id the message id
 * @param senderId who wrote it
 * @param senderName the sender's public name
 * @param body the text as written (pages escape it), contact details masked while they must stay
 *     hidden
 * @param createdAt when
 * @param masked whether contact details in it are hidden now (until the booking is paid)
 * @param readAt when the recipient read it; null while unread
 * @param attachmentId an attached image (its thumbnail and preview are served by the photo API), or
 *     null
 */
public record MessageView(
    String id,
    String senderId,
    String senderName,
    String body,
    Instant createdAt,
    boolean masked,
    Instant readAt,
    String attachmentId) {}
