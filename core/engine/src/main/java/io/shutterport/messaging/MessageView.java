package io.shutterport.messaging;

import java.time.Instant;

/**
 * A message.
 *
 * @param id the message id
 * @param senderId who wrote it
 * @param senderName the sender's public name
 * @param body the text, as written (pages escape it)
 * @param createdAt when
 */
public record MessageView(
    String id, String senderId, String senderName, String body, Instant createdAt) {}
