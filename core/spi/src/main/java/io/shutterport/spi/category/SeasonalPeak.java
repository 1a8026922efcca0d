package io.shutterport.spi.category;

import io.shutterport.spi.LocalizedText;
import java.time.MonthDay;

/**
 * A period of high demand, e.g. 七五三 from 1 October to 30 November.
 *
 * @param from first day
 * @param to last day, inclusive; may be before {@code from} for a period across New Year
 * @param label what it is called
 */
public record SeasonalPeak(MonthDay from, MonthDay to, LocalizedText label) {}
