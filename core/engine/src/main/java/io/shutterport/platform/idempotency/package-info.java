/**
 * Requests that carry an {@code Idempotency-Key}: the first one runs, its answer is stored, and
 * every retry with the same key gets that answer — never a second run.
 */
package io.shutterport.platform.idempotency;
