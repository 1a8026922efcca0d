package io.shutterport.platform.jobs;

/**
 * Does one kind of job. Implementations are CDI beans; {@link #handle} runs inside a transaction
 * and the job's tenant, and must be idempotent.
 */
public interface JobHandler {

  /** The kind this handler takes, e.g. {@code mail.send}. */
  String kind();

  /** Does the work; throws to have it retried. */
  void handle(String payload);
}
