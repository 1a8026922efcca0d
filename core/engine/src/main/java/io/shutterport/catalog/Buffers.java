package io.shutterport.catalog;

import java.time.Duration;

/**
 * Time a photographer keeps free around every shoot: a shoot's hold in the calendar runs from
 * {@code before} ahead of its start to {@code after} past its end.
 */
public record Buffers(Duration before, Duration after) {}
