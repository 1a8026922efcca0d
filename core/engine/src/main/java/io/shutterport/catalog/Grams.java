package io.shutterport.catalog;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Character bigrams for Japanese keyword search: text is NFKC-normalised (full-width and half-width
 * forms meet), lower-cased, split at anything that is not a letter or digit, and cut into
 * overlapping pairs of characters. A keyword matches a photographer who has all its bigrams.
 */
public final class Grams {
  /** Bigrams kept per photographer: enough for name, city, plan titles and the start of the bio. */
  static final int MAX_PER_PHOTOGRAPHER = 400;

  private Grams() {}

  public static Set<String> of(String text) {
    Set<String> grams = new LinkedHashSet<>();
    String normal =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT);
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= normal.length(); ) {
      int cp = i < normal.length() ? normal.codePointAt(i) : ' ';
      if (Character.isLetterOrDigit(cp)) {
        run.appendCodePoint(cp);
      } else {
        addRun(run, grams);
        run.setLength(0);
      }
      i += i < normal.length() ? Character.charCount(cp) : 1;
    }
    return grams;
  }

  private static void addRun(StringBuilder run, Set<String> grams) {
    int[] cps = run.codePoints().toArray();
    for (int i = 0; i + 1 < cps.length; i++) {
      grams.add(new String(cps, i, 2));
    }
  }
}
