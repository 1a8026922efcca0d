/**
 * Durable background work. A job is a row written in the same transaction as the change that caused
 * it; any node claims due jobs with a conditional update (so one node runs each), runs them in the
 * job's tenant, and retries failures with exponential backoff. Handlers must be idempotent: a node
 * that dies after the work but before marking it done leaves it to run again.
 */
package io.shutterport.platform.jobs;
