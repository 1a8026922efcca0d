package io.shutterport.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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

  /** Where a listing's photographer stands in this index: a number and their listings' places. */
  private record Layout(
      Map<String, int[]> byPrefecture, int[] owner, Map<String, Integer> ordinals, int[][] plans) {
    static Layout of(Candidate[] sorted) {
      Map<String, List<Integer>> positions = new HashMap<>();
      Map<String, Integer> ordinals = new HashMap<>();
      List<List<Integer>> plans = new ArrayList<>();
      int[] owner = new int[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        positions.computeIfAbsent(sorted[i].prefecture(), k -> new ArrayList<>()).add(i);
        Integer ordinal = ordinals.putIfAbsent(sorted[i].photographerId(), ordinals.size());
        if (ordinal == null) {
          ordinal = plans.size();
          plans.add(new ArrayList<>());
        }
        owner[i] = ordinal;
        plans.get(ordinal).add(i);
      }
      Map<String, int[]> byPrefecture = new HashMap<>();
      positions.forEach((k, v) -> byPrefecture.put(k, ints(v)));
      return new Layout(
          byPrefecture, owner, ordinals, plans.stream().map(Layout::ints).toArray(int[][]::new));
    }

    private static int[] ints(List<Integer> list) {
      return list.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private final Candidate[] listings;
  private final Layout layout;
  private final Map<String, Map<Integer, List<Availability.Window>>> weekly;

  /**
   * @param listings every listing, in any order
   * @param weekly per photographer, their windows per weekday (1 is Monday)
   */
  public ListingIndex(
      Collection<Candidate> listings, Map<String, Map<Integer, List<Availability.Window>>> weekly) {
    this.listings = listings.toArray(Candidate[]::new);
    Arrays.sort(this.listings, CHEAPEST);
    this.layout = Layout.of(this.listings);
    this.weekly = weekly;
  }

  private ListingIndex(
      Candidate[] sorted,
      Layout layout,
      Map<String, Map<Integer, List<Availability.Window>>> weekly) {
    this.listings = sorted;
    this.layout = layout;
    this.weekly = weekly;
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
   * search), and the weekly windows of those in {@code windows} replaced too. When only figures
   * changed — the same plans at the same prices in the same prefecture, as after a booking — each
   * listing takes its old place, in time proportional to the photographers' listings; otherwise the
   * index is built again.
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
    Map<Integer, Candidate> places = placesOf(photographerIds, read);
    if (places != null) {
      Candidate[] copy = listings.clone();
      places.forEach((at, c) -> copy[at] = c);
      return new ListingIndex(copy, layout, weeks);
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

  /**
   * Where each listing read takes its old place, when {@code read} holds exactly the plans these
   * photographers have here, each at the same price and in the same prefecture; else null.
   */
  private Map<Integer, Candidate> placesOf(
      Set<String> photographerIds, Collection<Candidate> read) {
    Map<String, Integer> at = new HashMap<>();
    for (String id : photographerIds) {
      Integer ordinal = layout.ordinals().get(id);
      if (ordinal != null) {
        for (int position : layout.plans()[ordinal]) {
          at.put(listings[position].plan().id(), position);
        }
      }
    }
    if (at.size() != read.size()) {
      return null;
    }
    Map<Integer, Candidate> places = new HashMap<>();
    for (Candidate c : read) {
      Integer position = at.get(c.plan().id());
      if (position == null) {
        return null;
      }
      Candidate before = listings[position];
      if (!before.photographerId().equals(c.photographerId())
          || before.plan().price().minorUnits() != c.plan().price().minorUnits()
          || !before.prefecture().equals(c.prefecture())) {
        return null;
      }
      places.put(position, c);
    }
    return places;
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
        q.prefecture() == null ? null : layout.byPrefecture().getOrDefault(q.prefecture(), NONE);
    int n = positions == null ? listings.length : positions.length;
    List<Candidate> found = new ArrayList<>();
    BitSet decided = new BitSet(layout.plans().length); // found, or refused by admit
    for (int i = 0; i < n; i++) {
      int position = positions == null ? i : positions[i];
      int owner = layout.owner()[position];
      Candidate c = listings[position];
      if (decided.get(owner) || !passes(c, q)) {
        continue;
      }
      decided.set(owner);
      if (admit.admit(c)) {
        found.add(c);
      }
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
