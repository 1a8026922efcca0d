package io.shutterport.messaging;

import java.util.Map;

/**
 * A user's unread messages.
 *
 * @param total across all their conversations
 * @param byBooking per conversation, only those with unread messages
 */
public record Unread(long total, Map<String, Long> byBooking) {}
