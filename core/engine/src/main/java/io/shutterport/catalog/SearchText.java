package io.shutterport.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Japanese keyword search without a dictionary. Text is <em>folded</em> — NFKC (full- and
 * half-width forms meet: ｶﾒﾗ = カメラ, ＫＹＯＴＯ = kyoto), lower case, katakana as hiragana (イヌ = いぬ) —
 * and split into runs of letters and digits. The index holds every character and every pair of
 * neighbouring characters of each run; a query word matches a photographer who has all its pairs,
 * or, for a one-character word (犬, 猫), that character. Each index term carries the weight of the
 * heaviest field it occurs in (name, plan titles, area, bio), from which search's relevance factor
 * is made (docs/matching.md).
 */
public final class SearchText {
  /** Field weights: a word in the name counts most, in the bio least. */
  public static final int NAME = 4;

  public static final int TITLE = 3;
  public static final int AREA = 2;
  public static final int BIO = 1;

  /** Terms kept per photographer: the heaviest first, so a long bio's end is what is cut. */
  static final int MAX_TERMS = 600;

  private SearchText() {}

  /** NFKC, lower case, katakana as hiragana. */
  public static String fold(String text) {
    String normal =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT);
    StringBuilder folded = new StringBuilder(normal.length());
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      // ァ..ヶ and ヽヾ sit 0x60 above their hiragana.
      folded.append((c >= 'ァ' && c <= 'ヶ') || c == 'ヽ' || c == 'ヾ' ? (char) (c - 0x60) : c);
    }
    return folded.toString();
  }

  /** A photographer's index: each term with the weight of the heaviest field it occurs in. */
  public static Map<String, Integer> index(
      String name, List<String> planTitles, String area, String bio) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    add(weights, name, NAME);
    planTitles.forEach(title -> add(weights, title, TITLE));
    add(weights, area, AREA);
    add(weights, bio, BIO);
    List<Map.Entry<String, Integer>> kept = new ArrayList<>(weights.entrySet());
    kept.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
    Map<String, Integer> index = new LinkedHashMap<>();
    for (var entry : kept.subList(0, Math.min(MAX_TERMS, kept.size()))) {
      index.put(entry.getKey(), entry.getValue());
    }
    return index;
  }

  private static void add(Map<String, Integer> weights, String text, int weight) {
    for (String run : runs(text)) {
      int[] cps = run.codePoints().toArray();
      for (int i = 0; i < cps.length; i++) {
        weights.merge(new String(cps, i, 1), weight, Math::max);
        if (i + 1 < cps.length) {
          weights.merge(new String(cps, i, 2), weight, Math::max);
        }
      }
    }
  }

  /**
   * The terms a photographer must have for a query word: the pairs of each of its runs, or a run's
   * one character.
   */
  public static Set<String> queryTerms(String word) {
    Set<String> terms = new LinkedHashSet<>();
    for (String run : runs(word)) {
      int[] cps = run.codePoints().toArray();
      if (cps.length == 1) {
        terms.add(run);
      }
      for (int i = 0; i + 1 < cps.length; i++) {
        terms.add(new String(cps, i, 2));
      }
    }
    return terms;
  }

  /** The folded runs of letters and digits of a text. */
  static List<String> runs(String text) {
    String folded = fold(text);
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= folded.length(); ) {
      int cp = i < folded.length() ? folded.codePointAt(i) : ' ';
      if (Character.isLetterOrDigit(cp)) {
        run.appendCodePoint(cp);
      } else if (!run.isEmpty()) {
        runs.add(run.toString());
        run.setLength(0);
      }
      i += i < folded.length() ? Character.charCount(cp) : 1;
    }
    return runs;
  }
}
