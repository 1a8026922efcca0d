package io.shutterport.platform.util;

import java.util.List;

/**
 * CSV for spreadsheets (RFC 4180, CRLF line ends), safe against formula injection: a cell that a
 * spreadsheet would run as a formula — one starting with {@code = + - @}, a tab or a carriage
 * return — is written with a leading apostrophe, which spreadsheets show as text (OWASP's advice).
 * Every cell is quoted, so commas, quotes and line breaks in it stay inside it.
 */
public final class Csv {
  private Csv() {}

  /** One row, terminated by CRLF. */
  public static String row(List<?> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(cell(cells.get(i)));
    }
    return line.append("\r\n").toString();
  }

  /** One cell, quoted, neutralised if a spreadsheet would read it as a formula. */
  public static String cell(Object value) {
    String text = value == null ? "" : value.toString();
    if (!text.isEmpty() && !(value instanceof Number) && startsFormula(text.charAt(0))) {
      text = "'" + text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private static boolean startsFormula(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
