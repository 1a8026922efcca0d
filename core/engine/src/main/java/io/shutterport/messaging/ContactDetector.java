package io.shutterport.messaging;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds contact details in a message — phone numbers, e-mail addresses, LINE IDs and web addresses
 * — written the ways people write them to get around a filter: full-width characters, kanji digits,
 * digits spelled out in English or in kana, "(at)" and "ドット" for the punctuation.
 *
 * <p>The text is first folded character by character (full-width to ASCII, kanji digits to digits,
 * long-vowel marks and dashes to '-'), so every position in the folded text is the same position in
 * the original; patterns run on the folded text and the matches are masked in the original. See
 * decision 36.
 */
public final class ContactDetector {
  /** What was found. */
  public enum Kind {
    PHONE,
    EMAIL,
    LINE,
    URL
  }

  /**
   * A text with its contact details masked.
   *
   * @param text the text, each detail replaced by {@link #MASK}
   * @param kinds what was found; empty when the text is unchanged
   */
  public record Result(String text, Set<Kind> kinds) {
    public boolean found() {
      return !kinds.isEmpty();
    }
  }

  /** What replaces a contact detail. */
  public static final String MASK = "●●●";

  private static final String DIGIT_WORD =
      "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine"
          + "|ぜろ|ゼロ|れい|レイ|いち|イチ|に|ニ|さん|サン|よん|ヨン|ご|ゴ|ろく|ロク|なな|ナナ|はち|ハチ"
          + "|きゅう|キュウ|キュ-)";

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              Kind.EMAIL,
              Pattern.compile(
                  "[a-z0-9._%+-]+\\s*(?:@|\\(at\\)|\\[at\\]|\\sat\\s|アット|あっと)\\s*"
                      + "[a-z0-9-]+(?:\\s*(?:\\.|\\(dot\\)|\\[dot\\]|\\sdot\\s|ドット|どっと)\\s*"
                      + "[a-z0-9-]+)+",
                  Pattern.CASE_INSENSITIVE)),
          new Rule(
              Kind.URL,
              Pattern.compile(
                  "(?:https?://|www\\.)[^\\s、。）)」]+"
                      + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*"
                      + "(?:\\.|\\s*(?:\\(dot\\)|\\sdot\\s|ドット|どっと)\\s*)"
                      + "(?:com|net|org|jp|io|me|info|biz|link|app|dev|page|co\\.jp|ne\\.jp)\\b"
                      + "(?:/[^\\s、。）)」]*)?",
                  Pattern.CASE_INSENSITIVE)),
          new Rule(
              Kind.LINE,
              Pattern.compile(
                  "(?:\\bline|ライン|らいん)\\s*の?\\s*(?:id\\s*(?:は|:|=)?|は|:|=|@)\\s*@?"
                      + "[a-z0-9._-]{3,}",
                  Pattern.CASE_INSENSITIVE)),
          // Japanese numbers start with 0 at home and +81 abroad: dates and amounts do not
          new Rule(Kind.PHONE, Pattern.compile("(?<![\\d+])(?:\\+|\\(?0)[\\d\\s().-]{8,}\\d")) {
            @Override
            boolean accepts(String match) {
              long digits = match.chars().filter(Character::isDigit).count();
              return digits >= 10 && digits <= 15;
            }
          },
          new Rule(
              Kind.PHONE,
              Pattern.compile(
                  DIGIT_WORD + "(?:[\\s,、-]*" + DIGIT_WORD + "){7,}", Pattern.CASE_INSENSITIVE)));

  private ContactDetector() {}

  /** The text with every contact detail masked, and what kinds were found. */
  public static Result mask(String text) {
    String folded = fold(text);
    List<int[]> spans = new ArrayList<>();
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (Rule rule : RULES) {
      Matcher m = rule.pattern.matcher(folded);
      while (m.find()) {
        if (rule.accepts(m.group()) && !overlaps(spans, m.start(), m.end())) {
          spans.add(new int[] {m.start(), m.end()});
          kinds.add(rule.kind);
        }
      }
    }
    if (spans.isEmpty()) {
      return new Result(text, Set.of());
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    StringBuilder masked = new StringBuilder(text.length());
    int at = 0;
    for (int[] span : spans) {
      masked.append(text, at, span[0]).append(MASK);
      at = span[1];
    }
    masked.append(text, at, text.length());
    return new Result(masked.toString(), Set.copyOf(kinds));
  }

  /**
   * One character in, one out: full-width forms to ASCII, kanji digits to digits, dashes to '-'.
   */
  static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      out[i] =
          switch (c) {
            case '\u3000' -> ' ';
            case '〇', '零' -> '0';
            case '一', '壱' -> '1';
            case '二', '弐' -> '2';
            case '三' -> '3';
            case '四' -> '4';
            case '五' -> '5';
            case '六' -> '6';
            case '七' -> '7';
            case '八' -> '8';
            case '九' -> '9';
            case 'ー', '―', '‐', '‑', '–', '—', '−', '─' -> '-';
            default -> c;
          };
    }
    return new String(out);
  }

  private static boolean overlaps(List<int[]> spans, int start, int end) {
    for (int[] s : spans) {
      if (start < s[1] && s[0] < end) {
        return true;
      }
    }
    return false;
  }

  private static class Rule {
    final Kind kind;
    final Pattern pattern;

    Rule(Kind kind, Pattern pattern) {
      this.kind = kind;
      this.pattern = pattern;
    }

    boolean accepts(String match) {
      return true;
    }
  }
}
