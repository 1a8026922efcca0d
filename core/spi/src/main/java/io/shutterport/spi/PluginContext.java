package io.shutterport.spi;

import java.time.Clock;

/**
 * What the host tells a plugin instance about where it runs.
 *
 * @param tenantId the marketplace the instance serves
 * @param clock the host's clock; use it instead of the system clock so tests can move time
 */
public record PluginContext(String tenantId, Clock clock) {}
