/**
 * Traces and metrics through OpenTelemetry (MicroProfile Telemetry): what the runtime does not
 * measure by itself — background jobs, queue depth and age, incidents, mail backlog, photo
 * derivatives, search pools. Exported by OTLP when the operator turns OpenTelemetry on.
 */
package io.shutterport.platform.telemetry;
