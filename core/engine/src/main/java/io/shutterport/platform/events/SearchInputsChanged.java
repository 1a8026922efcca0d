package io.shutterport.platform.events;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Something search results depend on changed on this node: what search keeps in memory (its index
 * of listings, its result pools) must not outlive it. Also the message that tells other nodes
 * ({@link #encode()}).
 *
 * @param tenantId the tenant concerned
 * @param scope what changed
 * @param photographerId whose listing, figures, cover or held time changed; null for {@link
 *     Scope#TENANT}
 * @param dates for {@link Scope#HOLDS}, the only dates whose results it can change; else empty
 */
public record SearchInputsChanged(
    String tenantId, Scope scope, String photographerId, Set<LocalDate> dates) {

  /** What changed, from the narrowest to the widest. */
  public enum Scope {
    /** Time one photographer holds was taken or given back, on some dates (a booking moved). */
    HOLDS,
    /** One photographer's ranking figures: rating, requests received and answered. */
    FIGURES,
    /** One photographer's cover photo, shown on results. */
    COVER,
    /** One photographer's listing: profile, plans, weekly rules, exceptions, approval. */
    LISTING,
    /** Anything of the marketplace's (search's read model was rebuilt around the application). */
    TENANT
  }

  public SearchInputsChanged {
    dates = Set.copyOf(dates);
    if ((scope == Scope.TENANT) != (photographerId == null)) {
      throw new IllegalArgumentException("a photographer for every scope but TENANT");
    }
  }

  /** A booking took or gave back one photographer's time on these dates. */
  public static SearchInputsChanged holds(
      String tenantId, String photographerId, Set<LocalDate> dates) {
    return new SearchInputsChanged(tenantId, Scope.HOLDS, photographerId, dates);
  }

  /** One photographer's rating or request figures changed. */
  public static SearchInputsChanged figures(String tenantId, String photographerId) {
    return new SearchInputsChanged(tenantId, Scope.FIGURES, photographerId, Set.of());
  }

  /** One photographer's cover photo changed. */
  public static SearchInputsChanged cover(String tenantId, String photographerId) {
    return new SearchInputsChanged(tenantId, Scope.COVER, photographerId, Set.of());
  }

  /** One photographer's profile, plans, availability or approval changed. */
  public static SearchInputsChanged listing(String tenantId, String photographerId) {
    return new SearchInputsChanged(tenantId, Scope.LISTING, photographerId, Set.of());
  }

  /** Anything of the tenant's may have changed. */
  public static SearchInputsChanged tenant(String tenantId) {
    return new SearchInputsChanged(tenantId, Scope.TENANT, null, Set.of());
  }

  /** Whether results on any date may differ, not only on {@link #dates}. */
  public boolean anyDate() {
    return scope != Scope.HOLDS;
  }

  /** The message form: tenant, scope, photographer ("-" for none), dates (ISO, comma-separated). */
  public String encode() {
    return String.join(
        " ",
        tenantId,
        scope.name(),
        photographerId == null ? "-" : photographerId,
        dates.isEmpty()
            ? "-"
            : dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(",")));
  }

  /** The change {@link #encode()} wrote. */
  public static SearchInputsChanged decode(String message) {
    String[] parts = message.split(" ");
    if (parts.length != 4) {
      throw new IllegalArgumentException("not a search change: " + message);
    }
    return new SearchInputsChanged(
        parts[0],
        Scope.valueOf(parts[1]),
        parts[2].equals("-") ? null : parts[2],
        parts[3].equals("-")
            ? Set.of()
            : Arrays.stream(parts[3].split(",")).map(LocalDate::parse).collect(Collectors.toSet()));
  }
}
