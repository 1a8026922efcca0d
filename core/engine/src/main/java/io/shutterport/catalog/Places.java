package io.shutterport.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a place a customer typed lies: a prefecture, or one of the cities, wards and towns in
 * {@code places.tsv}, found in an address or a name written in Japanese or English ("東京都渋谷区神宮前",
 * "渋谷", "Shibuya-ku", "Kyoto"). The point is the office of the most specific place named, a centre
 * to search around (decision 93): no geocoding service, nothing leaves the node.
 */
public final class Places {
  /**
   * A place found.
   *
   * @param name its name in the language asked for
   * @param prefecture the prefecture it is in
   * @param latitude of its office, in degrees
   * @param longitude the same
   */
  public record Place(String name, Prefecture prefecture, double latitude, double longitude) {}

  /** The longest text looked at: an address, not a document. */
  public static final int MAX_LENGTH = 120;

  private record Entry(
      String japanese, String english, Prefecture prefecture, double lat, double lon) {
    /**
     * The Japanese names it is found by: the full name and, when it stays distinct, its stem — not
     * a stem that is also its prefecture's (大阪 names 大阪府 as much as 大阪市).
     */
    List<String> japaneseNames() {
      String stem = japanese.replaceFirst("[市区町]$", "");
      return stem.length() >= 2
              && !stem.equals(japanese)
              && !AMBIGUOUS_STEMS.contains(stem)
              && !prefecture.label("ja").startsWith(stem)
          ? List.of(japanese, stem)
          : List.of(japanese);
    }

    /** The English name as words, without "City": "Saitama City" is found by "saitama". */
    List<String> englishWords() {
      return words(english.replace(" City", ""));
    }
  }

  /** A listed place found in the text: how long the name found is, and where it starts. */
  private record Match(Entry entry, int length, int at) {}

  /** Stems that name too much on their own (中央 is in every other city's district names). */
  private static final List<String> AMBIGUOUS_STEMS = List.of("中央");

  private static final List<Entry> PLACES = load();

  private Places() {}

  /**
   * The place the text names, most specific first: a listed city or ward in the prefecture named
   * (or, when none is named, in the prefecture of the first place named), else the prefecture.
   *
   * @param text an address or a place name; blank or unknown finds nothing
   * @param language ja or en, for the place's name
   */
  public static Optional<Place> locate(String text, String language) {
    if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String compact = normal.replaceAll("\\s+", "");
    List<String> words = words(normal);
    Prefecture named = prefectureNamed(compact, words);
    List<Match> matches = new ArrayList<>();
    for (Entry entry : PLACES) {
      Match match = null;
      for (String name : entry.japaneseNames()) {
        int at = compact.indexOf(name);
        if (at >= 0 && (match == null || name.length() > match.length())) {
          match = new Match(entry, name.length(), at);
        }
      }
      // positions of English words count in words, not characters: texts mix scripts rarely
      int wordAt = Collections.indexOfSubList(words, entry.englishWords());
      if (wordAt >= 0 && (match == null || entry.english().length() > match.length())) {
        match = new Match(entry, entry.english().length(), wordAt);
      }
      if (match != null) {
        matches.add(match);
      }
    }
    Prefecture prefecture =
        named != null
            ? named
            : matches.stream()
                .min(Comparator.comparingInt(Match::at))
                .map(m -> m.entry().prefecture())
                .orElse(null);
    Optional<Entry> best =
        matches.stream()
            .filter(m -> m.entry().prefecture() == prefecture)
            .max(Comparator.comparingInt(Match::length))
            .map(Match::entry);
    if (best.isPresent()) {
      Entry e = best.get();
      return Optional.of(
          new Place(
              "ja".equals(language) ? e.japanese() : e.english(),
              e.prefecture(),
              e.lat(),
              e.lon()));
    }
    return Optional.ofNullable(named)
        .map(p -> new Place(p.label(language), p, p.latitude(), p.longitude()));
  }

  /** The prefecture whose name (東京都, 東京 or Tokyo) the text holds; the longest name wins. */
  private static Prefecture prefectureNamed(String compact, List<String> words) {
    Prefecture found = null;
    int longest = 0;
    for (Prefecture prefecture : Prefecture.values()) {
      String full = prefecture.label("ja");
      String stem = full.equals("北海道") ? full : full.substring(0, full.length() - 1);
      for (String name : List.of(full, stem)) {
        if (name.length() > longest && compact.contains(name)) {
          found = prefecture;
          longest = name.length();
        }
      }
      if (words.contains(prefecture.code()) && prefecture.code().length() > longest) {
        found = prefecture;
        longest = prefecture.code().length();
      }
    }
    return found;
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{IsLatin}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  private static List<Entry> load() {
    List<Entry> entries = new ArrayList<>();
    try (var in = Places.class.getResourceAsStream("places.tsv");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        entries.add(
            new Entry(
                f[0],
                f[1],
                Prefecture.fromCode(f[2]).orElseThrow(),
                Double.parseDouble(f[3]),
                Double.parseDouble(f[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(entries);
  }
}
