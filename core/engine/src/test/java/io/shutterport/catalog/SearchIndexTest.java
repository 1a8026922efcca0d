package io.shutterport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.catalog.infrastructure.ListingReader;
import io.shutterport.platform.events.SearchInputsChanged;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ObjIntConsumer;
import org.junit.jupiter.api.Test;

/**
 * How the index follows changes: what each kind of change makes the next search read, and that a
 * change arriving while the index is read is not lost. The rows come from a table in memory in
 * place of the database; {@code SearchReferenceIT} and {@code MatchingIT} check the same against
 * PostgreSQL and across nodes.
 */
class SearchIndexTest {
  private static final CandidateQuery ALL =
      new CandidateQuery(null, null, null, null, null, null, null, Keyword.NONE);

  /** The read model as rows, and what was read of it. */
  private static final class Rows extends ListingReader {
    final Map<String, ListingReader.Row> listings = new ConcurrentHashMap<>();
    final Map<String, Map<String, Integer>> terms = new ConcurrentHashMap<>();
    final List<String> reads = new ArrayList<>();
    Runnable duringWholeRead = () -> {};

    @Override
    public List<Row> listings(String tenantId, Collection<String> photographerIds) {
      reads.add(photographerIds == null ? "listings *" : "listings " + sorted(photographerIds));
      if (photographerIds == null) {
        List<Row> all = List.copyOf(listings.values());
        Runnable during = duringWholeRead;
        duringWholeRead = () -> {};
        during.run();
        return all;
      }
      return listings.values().stream()
          .filter(r -> photographerIds.contains(r.photographerId()))
          .toList();
    }

    @Override
    public Map<String, Map<Integer, List<Availability.Window>>> weekly(
        String tenantId, Collection<String> photographerIds) {
      reads.add(photographerIds == null ? "weekly *" : "weekly " + sorted(photographerIds));
      return new HashMap<>();
    }

    @Override
    public void holders(String tenantId, String term, ObjIntConsumer<String> holder) {
      reads.add("holders " + term);
      terms.forEach(
          (id, theirs) -> {
            if (theirs.containsKey(term)) {
              holder.accept(id, theirs.get(term));
            }
          });
    }

    @Override
    public Map<String, Map<String, Integer>> terms(
        String tenantId, Collection<String> photographerIds) {
      reads.add("terms " + sorted(photographerIds));
      Map<String, Map<String, Integer>> found = new HashMap<>();
      photographerIds.forEach(id -> found.put(id, terms.getOrDefault(id, Map.of())));
      return found;
    }

    void put(String photographerId, long price, int ratingCount) {
      listings.put(photographerId, row(photographerId, price, ratingCount));
    }

    private static String sorted(Collection<String> ids) {
      return new java.util.TreeSet<>(ids).toString();
    }
  }

  private final Rows rows = new Rows();
  private final SearchIndex index = new SearchIndex();

  {
    index.reader = rows;
    rows.put("a", 10_000, 0);
    rows.put("b", 20_000, 0);
  }

  @Test
  void heldTimeAndFiguresReadOnlyThatPhotographersListingsOnce() {
    assertThat(ids(index.candidates("t", ALL))).containsExactly("a", "b");
    assertThat(index.candidates("t", ALL).candidates()).hasSize(2);
    assertThat(rows.reads).containsExactly("listings *", "weekly *");

    rows.put("a", 10_000, 5);
    index.changed(SearchInputsChanged.figures("t", "a"));
    index.changed(SearchInputsChanged.holds("t", "a", Set.of(LocalDate.of(2027, 1, 1))));
    rows.reads.clear();
    assertThat(index.candidates("t", ALL).candidates().get(0).ratingCount()).isEqualTo(5);
    index.candidates("t", ALL);
    assertThat(rows.reads).containsExactly("listings [a]");
  }

  @Test
  void aListingChangeReadsWindowsAndKeptTermsToo() {
    rows.terms.put("a", Map.of("犬", 4));
    Keyword dog = Keyword.of("犬", List.of());
    CandidateQuery dogs = new CandidateQuery(null, null, null, null, null, null, null, dog);
    assertThat(ids(index.candidates("t", dogs))).containsExactly("a");
    assertThat(index.candidates("t", dogs).relevance().get("a")).isEqualTo(1.0);

    rows.terms.put("b", Map.of("犬", 1));
    rows.terms.remove("a");
    rows.put("b", 5_000, 0); // cheaper now: it moves to the front
    index.changed(SearchInputsChanged.listing("t", "a"));
    index.changed(SearchInputsChanged.listing("t", "b"));
    rows.reads.clear();
    SearchIndex.Found found = index.candidates("t", dogs);
    assertThat(ids(found)).containsExactly("b");
    assertThat(found.relevance().get("b")).isEqualTo(0.25);
    assertThat(rows.reads).containsExactly("listings [a, b]", "weekly [a, b]", "terms [a, b]");
    assertThat(ids(index.candidates("t", ALL))).containsExactly("b", "a");
  }

  @Test
  void aCoverChangesNothingInTheIndexAndEverythingReadsAllAgain() {
    index.candidates("t", ALL);
    index.changed(SearchInputsChanged.cover("t", "a"));
    rows.reads.clear();
    index.candidates("t", ALL);
    assertThat(rows.reads).isEmpty();

    rows.put("c", 1_000, 0); // written around the application, then a rebuild ends
    index.changed(SearchInputsChanged.tenant("t"));
    assertThat(ids(index.candidates("t", ALL))).containsExactly("c", "a", "b");
    assertThat(rows.reads).containsExactly("listings *", "weekly *");
  }

  @Test
  void aChangeHeardWhileTheWholeIsReadIsReadAfter() {
    rows.duringWholeRead =
        () -> { // committed after the read began: the read may have missed it
          rows.put("b", 20_000, 9);
          index.changed(SearchInputsChanged.figures("t", "b"));
        };
    index.candidates("t", ALL);
    assertThat(index.candidates("t", ALL).candidates().get(1).ratingCount()).isEqualTo(9);
    assertThat(rows.reads).containsExactly("listings *", "weekly *", "listings [b]");
  }

  @Test
  void everythingChangingWhileTheWholeIsReadReadsItAgain() {
    index.candidates("t", ALL);
    index.changed(SearchInputsChanged.tenant("t"));
    rows.duringWholeRead =
        () -> {
          rows.put("c", 1_000, 0);
          index.changed(SearchInputsChanged.tenant("t"));
        };
    rows.reads.clear();
    assertThat(ids(index.candidates("t", ALL))).containsExactly("c", "a", "b");
    assertThat(rows.reads).containsExactly("listings *", "weekly *", "listings *", "weekly *");
  }

  private static List<String> ids(SearchIndex.Found found) {
    return found.candidates().stream().map(Candidate::photographerId).toList();
  }

  private static ListingReader.Row row(String photographerId, long price, int ratingCount) {
    return new ListingReader.Row(
        photographerId,
        "plan-" + photographerId,
        "name",
        "tokyo",
        "渋谷区",
        35.66,
        139.7,
        30,
        "ja",
        ratingCount,
        ratingCount * 4,
        0,
        0,
        "Asia/Tokyo",
        1440,
        180,
        0,
        0,
        "pets",
        "title",
        60,
        price,
        "JPY",
        20,
        "standard",
        14,
        null,
        null,
        null,
        null,
        false);
  }
}
