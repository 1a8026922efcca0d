package io.shutterport.platform.persistence;

import io.shutterport.platform.error.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One page of an operator's records table (accounts, payments, audit log) as the table asks for it:
 * which rows, in which order, filtered how. Each feature reads it with {@link Records}.
 *
 * @param first the first row's position in the whole filtered list (from 0)
 * @param size how many rows, 1 to {@link #MAX_SIZE}
 * @param sort the column to order by, or null for the table's own order (newest first)
 * @param ascending whether the order runs upwards
 * @param filters column → typed text; blank ones are left out
 */
public record RecordsQuery(
    int first, int size, String sort, boolean ascending, Map<String, String> filters) {
  /** The most rows one page may ask for (a CSV export reads page after page). */
  public static final int MAX_SIZE = 500;

  public RecordsQuery {
    Map<String, String> kept = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach(
          (column, text) -> {
            if (column != null && text != null && !text.isBlank()) {
              kept.put(column, text.strip());
            }
          });
    }
    filters = Map.copyOf(kept);
  }

  /** The text typed into a column's filter, or null. */
  public String filter(String column) {
    return filters.get(column);
  }

  /**
   * A filter that is a choice of two: true for {@code yes}, false for {@code no}, null when the
   * column is not filtered; anything else is refused with a 400.
   */
  public Boolean either(String column, String yes, String no) {
    String value = filter(column);
    if (value == null) {
      return null;
    }
    if (value.equals(yes) || value.equals(no)) {
      return value.equals(yes);
    }
    throw InvalidInputException.of(column, "validation.filter");
  }

  /** This query, refused with a 400 when its page lies outside what a table may ask. */
  public RecordsQuery checked() {
    if (first < 0 || size < 1 || size > MAX_SIZE) {
      throw InvalidInputException.of("page", "validation.rows");
    }
    return this;
  }
}
