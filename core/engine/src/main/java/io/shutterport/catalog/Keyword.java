package io.shutterport.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A search's keyword as index terms ({@link SearchText}): its words, each with the ways it may be
 * written — the word itself, or every spelling of the synonym group it belongs to (七五三, 753,
 * shichigosan), which category plugins give. A photographer matches when, for every word, they have
 * all the terms of at least one of its spellings.
 *
 * @param words per word, the term sets of its spellings
 */
public record Keyword(List<List<Set<String>>> words) {
  /** No keyword. */
  public static final Keyword NONE = new Keyword(List.of());

  public Keyword {
    words = words.stream().map(w -> w.stream().map(Set::copyOf).toList()).toList();
  }

  /**
   * A keyword as a customer typed it: split at spaces (half- or full-width) into words; a word that
   * is one of a synonym group's spellings (compared folded: イヌ = いぬ) stands for all of them.
   *
   * @param text the keyword
   * @param synonyms the marketplace's synonym groups
   */
  public static Keyword of(String text, List<List<String>> synonyms) {
    List<List<Set<String>>> words = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String word : SearchText.fold(text).strip().split("\\s+")) {
      if (word.isEmpty() || !seen.add(word)) {
        continue;
      }
      List<String> spellings = List.of(word);
      for (List<String> group : synonyms) {
        if (group.stream().map(SearchText::fold).anyMatch(word::equals)) {
          spellings = group;
          break;
        }
      }
      List<Set<String>> terms = new ArrayList<>();
      for (String spelling : spellings) {
        Set<String> t = SearchText.queryTerms(spelling);
        if (!t.isEmpty() && !terms.contains(t)) {
          terms.add(t);
        }
      }
      if (!terms.isEmpty()) {
        words.add(terms);
      }
    }
    return new Keyword(words);
  }

  public boolean isEmpty() {
    return words.isEmpty();
  }

  /** Every word's spellings, word after word: the order of the weights a listing reports. */
  public List<Set<String>> spellings() {
    return words.stream().flatMap(List::stream).toList();
  }

  /** How many terms all spellings hold together. */
  public int terms() {
    return spellings().stream().mapToInt(Set::size).sum();
  }

  /**
   * How well a photographer matches, between 0 and 1: per word, the best of its spellings that the
   * photographer has whole, as the sum of its terms' field weights over the most they could weigh
   * (every term in the name); the mean over the words.
   *
   * @param weights per spelling ({@link #spellings()} order), the sum of the weights of its terms
   *     when the photographer has them all, else 0
   */
  public double relevance(int[] weights) {
    if (words.isEmpty()) {
      return 0;
    }
    double total = 0;
    int k = 0;
    for (List<Set<String>> word : words) {
      double best = 0;
      for (Set<String> spelling : word) {
        best = Math.max(best, weights[k++] / (double) (SearchText.NAME * spelling.size()));
      }
      total += best;
    }
    return total / words.size();
  }

  /** A stable text of the keyword, for keys. */
  public String key() {
    return words.stream()
        .map(w -> w.stream().map(s -> new java.util.TreeSet<>(s).toString()).toList().toString())
        .toList()
        .toString();
  }
}
