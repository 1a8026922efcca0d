package io.shutterport.platform.jobs;

import java.time.Instant;

/**
 * A job as an operator reads it.
 *
 * @param id the job
 * @param kind what it does, e.g. {@code mail.send}
 * @param attempts how many times it ran
 * @param lastError the last failure's cause, or null
 * @param finishedAt when it succeeded or was given up, or null
 * @param incident the id of the incident it was logged under when given up on, or null
 */
public record JobView(
    String id, String kind, int attempts, String lastError, Instant finishedAt, String incident) {}
