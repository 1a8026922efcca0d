package io.shutterport.platform.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * CSV written from any text — the cells are what users typed (names, notes, reviews) — reads back
 * cell for cell, and no cell reaches a spreadsheet as a formula. Tries per property: {@code
 * -Djqwik.tries.default=N} (docs/security.md).
 */
class CsvProperties {
  @Property
  void anyCellsReadBackAndNeverAsFormulas(@ForAll @Size(max = 8) List<String> cells) {
    String row = Csv.row(cells);
    assertThat(row).endsWith("\r\n");
    List<String> read = parse(row.substring(0, row.length() - 2));
    assertThat(read).hasSize(Math.max(1, cells.size()));
    for (int i = 0; i < cells.size(); i++) {
      String written = read.get(i);
      String typed = cells.get(i);
      char first = written.isEmpty() ? ' ' : written.charAt(0);
      assertThat("=+-@\t\r".indexOf(first)).as("no formula: %s", written).isNegative();
      assertThat(written.startsWith("'") && !typed.startsWith("'") ? written.substring(1) : written)
          .isEqualTo(typed);
    }
  }

  /** A strict RFC 4180 reader of one record whose cells are all quoted. */
  private static List<String> parse(String line) {
    List<String> cells = new ArrayList<>();
    int i = 0;
    if (line.isEmpty()) {
      return List.of("");
    }
    while (true) {
      assertThat(line.charAt(i)).as("quoted cell at %d", i).isEqualTo('"');
      StringBuilder cell = new StringBuilder();
      i++;
      while (true) {
        char c = line.charAt(i++);
        if (c == '"') {
          if (i < line.length() && line.charAt(i) == '"') {
            cell.append('"');
            i++;
          } else {
            break;
          }
        } else {
          cell.append(c);
        }
      }
      cells.add(cell.toString());
      if (i == line.length()) {
        return cells;
      }
      assertThat(line.charAt(i++)).isEqualTo(',');
    }
  }
}
