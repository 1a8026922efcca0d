package io.shutterport.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every listing of one marketplace as search filters and ranks it, in memory: one {@link Candidate}
 * per plan, cheapest first, grouped by prefecture, with each photographer's weekly windows. Never
 * changed: a change makes another ({@link #with}), so a search reads one consistent index without
 * locks. What changes by the minute — which dates are free — is not here: search reads it per
 * search (decision 107).
 */
public final class ListingIndex {
  /** Search's order of listings: the cheaper plan first, then the plan id. */
  public static final Comparator<Candidate> CHEAPEST =
      Comparator.comparingLong((Candidate c) -> c.plan().price().minorUnits())
          .thenComparing(c -> c.plan().id());

  private static final int[] NONE = {};

  private final Candidate[] listings;
  private final Map<String, int[]> byPrefecture;
  private final Map<String, Map<Integer, List<Availability.Window>>> weekly;

  /**
   * @param listings every listing, in any order
   * @param weekly per photographer, their windows per weekday (1 is Monday)
   */
  public ListingIndex(
      Collection<Candidate> listings, Map<String, Map<Integer, List<Availability.Window>>> weekly) {
    this.listings = listings.toArray(Candidate[]::new);
    Arrays.sort(this.listings, CHEAPEST);
    this.weekly = weekly;
    Map<String, List<Integer>> positions = new HashMap<>();
    for (int i = 0; i < this.listings.length; i++) {
      positions.computeIfAbsent(this.listings[i].prefecture(), k -> new ArrayList<>()).add(i);
    }
    Map<String, int[]> grouped = new HashMap<>();
    positions.forEach((k, v) -> grouped.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.byPrefecture = grouped;
  }

  /** An index without listings. */
  public static ListingIndex empty() {
    return new ListingIndex(List.of(), Map.of());
  }

  /** How many listings it holds. */
  public int size() {
    return listings.length;
  }

  /**
   * This index with some photographers' listings replaced by those read again (none: they left
   * search), and the weekly windows of those in {@code windows} replaced too.
   *
   * @param photographerIds whose listings were read again
   * @param read their listings now
   * @param windows per photographer whose windows were read again, their windows now (empty for
   *     none)
   */
  public ListingIndex with(
      Set<String> photographerIds,
      Collection<Candidate> read,
      Map<String, Map<Integer, List<Availability.Window>>> windows) {
    Map<String, Map<Integer, List<Availability.Window>>> weeks = weekly;
    if (!windows.isEmpty()) {
      Map<String, Map<Integer, List<Availability.Window>>> changed = new HashMap<>(weekly);
      windows.forEach(
          (id, theirs) -> {
            if (theirs.isEmpty()) {
              changed.remove(id);
            } else {
              changed.put(id, theirs);
            }
          });
      weeks = changed;
    }
    if (sameShape(photographerIds, read)) { // figures changed, not what orders or groups them
      Candidate[] copy = listings.clone();
      Map<String, Candidate> byPlan = new HashMap<>();
      read.forEach(c -> byPlan.put(c.plan().id(), c));
      for (int i = 0; i < copy.length; i++) {
        Candidate now = byPlan.get(copy[i].plan().id());
        if (now != null) {
          copy[i] = now;
        }
      }
      return new ListingIndex(copy, byPrefecture, weeks);
    }
    List<Candidate> all = new ArrayList<>(listings.length + read.size());
    for (Candidate c : listings) {
      if (!photographerIds.contains(c.photographerId())) {
        all.add(c);
      }
    }
    all.addAll(read);
    return new ListingIndex(all, weeks);
  }

  private ListingIndex(
      Candidate[] sorted,
      Map<String, int[]> byPrefecture,
      Map<String, Map<Integer, List<Availability.Window>>> weekly) {
    this.listings = sorted;
    this.byPrefecture = byPrefecture;
    this.weekly = weekly;
  }

  /**
   * Whether {@code read} holds exactly the plans these photographers have here, each with the same
   * price and prefecture: then only figures changed, and each can take its old place.
   */
  private boolean sameShape(Set<String> photographerIds, Collection<Candidate> read) {
    Map<String, Candidate> old = new HashMap<>();
    for (Candidate c : listings) {
      if (photographerIds.contains(c.photographerId())) {
        old.put(c.plan().id(), c);
      }
    }
    if (old.size() != read.size()) {
      return false;
    }
    for (Candidate c : read) {
      Candidate before = old.get(c.plan().id());
      if (before == null
          || !before.photographerId().equals(c.photographerId())
          || before.plan().price().minorUnits() != c.plan().price().minorUnits()
          || !before.prefecture().equals(c.prefecture())) {
        return false;
      }
    }
    return true;
  }

  /** A photographer's windows on a weekday (1 is Monday); empty for none. */
  public List<Availability.Window> weekly(String photographerId, int weekday) {
    return weekly.getOrDefault(photographerId, Map.of()).getOrDefault(weekday, List.of());
  }

  /** Decides whether a photographer's listings may pass (their text holds the keyword). */
  @FunctionalInterface
  public interface Photographers {
    boolean admit(Candidate candidate);
  }

  /**
   * Per photographer, their cheapest listing that passes the query's filters, cheapest first — what
   * the database answered before the index, row for row (decision 107). The keyword is decided by
   * {@code admit}, asked once per photographer whose listing passed every other filter.
   */
  public List<Candidate> cheapestMatching(CandidateQuery q, Photographers admit) {
    int[] positions =
        q.prefecture() == null ? null : byPrefecture.getOrDefault(q.prefecture(), NONE);
    int n = positions == null ? listings.length : positions.length;
    List<Candidate> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> refused = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Candidate c = listings[positions == null ? i : positions[i]];
      if (!passes(c, q) || seen.contains(c.photographerId())) {
        continue;
      }
      if (refused.contains(c.photographerId()) || !admit.admit(c)) {
        refused.add(c.photographerId());
        continue;
      }
      seen.add(c.photographerId());
      found.add(c);
    }
    return found;
  }

  private static boolean passes(Candidate c, CandidateQuery q) {
    if (q.categoryId() != null && !q.categoryId().equals(c.plan().categoryId())) {
      return false;
    }
    if (q.city() != null && !q.city().equals(c.city())) {
      return false;
    }
    if (q.maxPriceMinor() != null && c.plan().price().minorUnits() > q.maxPriceMinor()) {
      return false;
    }
    double[] box = q.box();
    if (box != null
        && (c.latitude() == null
            || c.longitude() == null
            || c.latitude() < box[0]
            || c.latitude() > box[1]
            || c.longitude() < box[2]
            || c.longitude() > box[3])) {
      return false;
    }
    if (q.language() != null && !c.languages().contains(q.language())) {
      return false;
    }
    return q.minRating() == null
        || (c.ratingCount() > 0 && c.ratingSum() >= q.minRating() * c.ratingCount());
  }
}
