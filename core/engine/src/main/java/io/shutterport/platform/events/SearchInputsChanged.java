package io.shutterport.platform.events;

import java.time.LocalDate;
import java.util.Set;

/**
 * Something search results depend on changed on this node: cached results must not outlive it here.
 *
 * @param tenantId the tenant concerned
 * @param photographerId whose time was held or released, or null for any other change
 * @param dates the only dates whose results it can change (a hold or release); empty when it can
 *     change any (a profile, plan, cover or availability saved)
 */
public record SearchInputsChanged(String tenantId, String photographerId, Set<LocalDate> dates) {
  public SearchInputsChanged {
    dates = Set.copyOf(dates);
  }

  /** A change that can touch results on any date. */
  public SearchInputsChanged(String tenantId) {
    this(tenantId, null, Set.of());
  }
}
