package io.shutterport.matching;

import io.shutterport.spi.Money;
import java.time.Instant;

/**
 * @param id the proposal
 * @param photographerId who proposes
 * @param photographerName their public name
 * @param price their price
 * @param message their message
 * @param status OPEN, ACCEPTED or REJECTED
 * @param createdAt when
 */
public record ProposalView(
    String id,
    String photographerId,
    String photographerName,
    Money price,
    String message,
    String status,
    Instant createdAt) {}
