package io.shutterport.catalog;

import io.shutterport.catalog.infrastructure.ListingReader;
import io.shutterport.platform.events.SearchInputsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Search's index on this node (decision 107): per marketplace, every listing with its weekly
 * windows ({@link ListingIndex}), and the holders of the keyword terms searched lately, in memory.
 * A search filters and scores in memory and reads only the date's stored free time — one statement
 * where reading every candidate took a thousand index probes (docs/benchmarks.md).
 *
 * <p>Kept in step by {@link SearchInputsChanged}, on this node once a change commits and on others
 * through the bus: a change of one photographer marks them, and the next search reads their rows
 * again (one to three small statements) before it answers; a change to anything reads the whole
 * marketplace again. Every {@link #REREAD} the whole is read again, in case a message was lost.
 */
@ApplicationScoped
public class SearchIndex {
  /** How long an index is used before it is read again whole, in case a change went unheard. */
  static final Duration REREAD = Duration.ofMinutes(10);

  /** Keyword terms whose holders are kept per marketplace; beyond it they are read anew. */
  private static final int MAX_TERMS = 400;

  @Inject ListingReader reader;

  private final Map<String, Kept> tenants = new ConcurrentHashMap<>();

  /**
   * One photographer's weight of an index term, by ordinal ({@link Kept#ordinals}); 0: not held.
   */
  private record Holders(int[] ordinals, short[] weights) {
    int weight(int ordinal) {
      int at = Arrays.binarySearch(ordinals, ordinal);
      return at < 0 ? 0 : weights[at];
    }

    static Holders of(Map<Integer, Integer> byOrdinal) {
      int[] ordinals = byOrdinal.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      short[] weights = new short[ordinals.length];
      for (int i = 0; i < ordinals.length; i++) {
        weights[i] = (short) (int) byOrdinal.get(ordinals[i]);
      }
      return new Holders(ordinals, weights);
    }

    Map<Integer, Integer> asMap() {
      Map<Integer, Integer> map = new HashMap<>();
      for (int i = 0; i < ordinals.length; i++) {
        map.put(ordinals[i], (int) weights[i]);
      }
      return map;
    }
  }

  /** One marketplace's index, and what changed since it was read. */
  private static final class Kept {
    /** Null until read, and after a change to anything. */
    volatile ListingIndex index;

    volatile long readAt;

    /** Photographers changed since: true when their listing changed, false for figures only. */
    final Map<String, Boolean> stale = new ConcurrentHashMap<>();

    /** Counts changes to anything: a read that overlapped one is not kept. */
    final AtomicLong generation = new AtomicLong();

    /** Term holders, by term; changed only under the lock. */
    final Map<String, Holders> holders = new ConcurrentHashMap<>();

    /** A small number per photographer, for compact term holders. */
    final Map<String, Integer> ordinals = new ConcurrentHashMap<>();

    final AtomicInteger nextOrdinal = new AtomicInteger();
    final AtomicBoolean rereading = new AtomicBoolean();

    /** Photographers read again while a whole read ran: marked again when it is kept. */
    final Set<String> readDuringReread = ConcurrentHashMap.newKeySet();

    int ordinal(String photographerId) {
      return ordinals.computeIfAbsent(photographerId, k -> nextOrdinal.getAndIncrement());
    }
  }

  /** The listings a query passes with their relevance, and the weekly windows of that index. */
  public record Found(
      List<Candidate> candidates, Map<String, Double> relevance, ListingIndex index) {}

  /**
   * Per photographer, their cheapest listing passing the query's filters (keyword included),
   * cheapest first; with a keyword, how relevant each is ({@link Keyword#relevance}).
   */
  public Found candidates(String tenantId, CandidateQuery query) {
    Kept kept = tenants.computeIfAbsent(tenantId, k -> new Kept());
    ListingIndex index = current(tenantId, kept);
    Keyword keyword = query.keyword();
    if (keyword.isEmpty()) {
      return new Found(index.cheapestMatching(query, c -> true), Map.of(), index);
    }
    List<Set<String>> spellings = keyword.spellings();
    Holders[][] terms = new Holders[spellings.size()][];
    for (int k = 0; k < terms.length; k++) {
      terms[k] =
          spellings.get(k).stream().map(t -> holders(tenantId, kept, t)).toArray(Holders[]::new);
    }
    Map<String, Double> relevance = new HashMap<>();
    List<Candidate> found =
        index.cheapestMatching(
            query,
            c -> {
              Integer ordinal = kept.ordinals.get(c.photographerId());
              if (ordinal == null) {
                return false; // holds no term at all
              }
              int[] weights = new int[terms.length];
              for (int k = 0; k < terms.length; k++) {
                int sum = 0;
                for (Holders term : terms[k]) {
                  int w = term.weight(ordinal);
                  if (w == 0) {
                    sum = 0;
                    break;
                  }
                  sum += w;
                }
                weights[k] = sum;
              }
              int k = 0;
              for (List<Set<String>> word : keyword.words()) {
                boolean any = false;
                for (int i = 0; i < word.size(); i++) {
                  any |= weights[k++] > 0;
                }
                if (!any) {
                  return false;
                }
              }
              relevance.put(c.photographerId(), keyword.relevance(weights));
              return true;
            });
    return new Found(found, relevance, index);
  }

  /**
   * A committed change, heard on this node or from another: marks what it touched. Reads nothing;
   * the next search reads what was marked.
   */
  public void changed(SearchInputsChanged event) {
    Kept kept = tenants.get(event.tenantId());
    if (kept == null) {
      return; // nothing kept for it on this node
    }
    switch (event.scope()) {
      case COVER -> {} // covers are not in the index
      case TENANT -> {
        kept.generation.incrementAndGet();
        kept.index = null;
      }
      case LISTING -> kept.stale.put(event.photographerId(), true);
      case HOLDS, FIGURES -> kept.stale.merge(event.photographerId(), false, Boolean::logicalOr);
    }
  }

  /** The index to search now, read or brought up to date first where a change calls for it. */
  private ListingIndex current(String tenantId, Kept kept) {
    ListingIndex index = kept.index;
    if (index == null || !kept.stale.isEmpty()) {
      synchronized (kept) {
        if (kept.index == null) {
          readWhole(tenantId, kept);
        } else if (!kept.stale.isEmpty()) {
          readMarked(tenantId, kept);
        }
        index = kept.index;
      }
    }
    if (System.nanoTime() - kept.readAt > REREAD.toNanos()
        && kept.rereading.compareAndSet(false, true)) {
      try { // this search reads the whole again; the others go on with the index they have
        reread(tenantId, kept);
      } finally {
        kept.rereading.set(false);
      }
    }
    return index == null ? ListingIndex.empty() : index;
  }

  /** Reads every listing; under the lock, with no index to serve meanwhile. */
  private void readWhole(String tenantId, Kept kept) {
    for (int attempt = 0; ; attempt++) {
      long generation = kept.generation.get();
      drain(kept.stale); // all marked so far is in what is read now
      ListingIndex read = read(tenantId, null);
      kept.holders.clear();
      kept.index = read;
      kept.readAt = System.nanoTime();
      if (kept.generation.get() == generation || attempt == 2) {
        return; // (after three reads overlapping changes, the last is kept: it is recent)
      }
    }
  }

  /** Reads every listing again while searches go on with the old index, then swaps. */
  private void reread(String tenantId, Kept kept) {
    long generation = kept.generation.get();
    kept.readDuringReread.clear();
    ListingIndex read = read(tenantId, null);
    synchronized (kept) {
      if (kept.generation.get() != generation || kept.index == null) {
        return; // everything changed meanwhile: the next search reads it
      }
      kept.index = read;
      kept.holders.clear();
      kept.readAt = System.nanoTime();
      // Changes applied to the old index while this read ran may be missing from it.
      kept.readDuringReread.forEach(id -> kept.stale.merge(id, true, Boolean::logicalOr));
    }
  }

  /** Reads the marked photographers again; under the lock. */
  private void readMarked(String tenantId, Kept kept) {
    long generation = kept.generation.get();
    ListingIndex before = kept.index;
    if (before == null) { // everything changed since the caller looked
      readWhole(tenantId, kept);
      return;
    }
    Map<String, Boolean> marked = drain(kept.stale);
    if (marked.isEmpty()) {
      return;
    }
    Set<String> listings = new HashSet<>();
    marked.forEach(
        (id, listing) -> {
          if (listing) {
            listings.add(id);
          }
        });
    List<Candidate> rows =
        reader.listings(tenantId, marked.keySet()).stream().map(CatalogService::candidate).toList();
    Map<String, Map<Integer, List<Availability.Window>>> windows = new HashMap<>();
    if (!listings.isEmpty()) {
      Map<String, Map<Integer, List<Availability.Window>>> read = reader.weekly(tenantId, listings);
      listings.forEach(id -> windows.put(id, read.getOrDefault(id, Map.of())));
      if (!kept.holders.isEmpty()) {
        renewHolders(kept, listings, reader.terms(tenantId, listings));
      }
    }
    kept.index = before.with(marked.keySet(), rows, windows);
    if (kept.rereading.get()) {
      kept.readDuringReread.addAll(marked.keySet());
    }
    if (kept.generation.get() != generation) {
      kept.index = null; // everything changed meanwhile
    }
  }

  /** Some photographers' index terms now, in every kept term's holders. */
  private static void renewHolders(
      Kept kept, Set<String> photographerIds, Map<String, Map<String, Integer>> terms) {
    Map<String, Holders> renewed = new HashMap<>();
    kept.holders.forEach(
        (term, holders) -> {
          Map<Integer, Integer> map = holders.asMap();
          for (String id : photographerIds) {
            Integer weight = terms.getOrDefault(id, Map.of()).get(term);
            if (weight == null) {
              Integer ordinal = kept.ordinals.get(id);
              if (ordinal != null) {
                map.remove(ordinal);
              }
            } else {
              map.put(kept.ordinal(id), weight);
            }
          }
          renewed.put(term, Holders.of(map));
        });
    kept.holders.putAll(renewed);
  }

  /** Who holds a term: kept, or read under the lock (renewals happen under it too). */
  private Holders holders(String tenantId, Kept kept, String term) {
    Holders known = kept.holders.get(term);
    if (known != null) {
      return known;
    }
    synchronized (kept) {
      if (kept.holders.size() >= MAX_TERMS) {
        kept.holders.clear(); // bounded memory whatever is searched: start over
      }
      Holders read = kept.holders.get(term);
      if (read == null) {
        Map<Integer, Integer> byOrdinal = new HashMap<>();
        reader.holders(tenantId, term, (id, weight) -> byOrdinal.put(kept.ordinal(id), weight));
        read = Holders.of(byOrdinal);
        kept.holders.put(term, read);
      }
      return read;
    }
  }

  private ListingIndex read(String tenantId, Set<String> photographerIds) {
    List<Candidate> listings =
        reader.listings(tenantId, photographerIds).stream().map(CatalogService::candidate).toList();
    return new ListingIndex(new ArrayList<>(listings), reader.weekly(tenantId, photographerIds));
  }

  /** Takes every mark (its latest value) out of {@code stale}. */
  private static Map<String, Boolean> drain(Map<String, Boolean> stale) {
    Map<String, Boolean> taken = new HashMap<>();
    for (String id : stale.keySet()) {
      Boolean listing = stale.remove(id);
      if (listing != null) {
        taken.merge(id, listing, Boolean::logicalOr);
      }
    }
    return taken;
  }
}
