package io.shutterport.platform.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
    assertThat(Csv.cell("=HYPERLINK(\"http://evil\",\"x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    assertThat(Csv.cell("+81 90")).isEqualTo("\"'+81 90\"");
    assertThat(Csv.cell("-2+3")).isEqualTo("\"'-2+3\"");
    assertThat(Csv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(Csv.cell("\t=1")).isEqualTo("\"'\t=1\"");
    assertThat(Csv.cell("\r=1")).isEqualTo("\"'\r=1\"");
  }

  @Test
  void ordinaryTextNumbersAndEmptyCellsAreLeftAlone() {
    assertThat(Csv.cell("山田 花子")).isEqualTo("\"山田 花子\"");
    assertThat(Csv.cell(-1500L))
        .as("a negative amount is a number, not a formula")
        .isEqualTo("\"-1500\"");
    assertThat(Csv.cell(null)).isEqualTo("\"\"");
    assertThat(Csv.cell("a \"quoted\", word\nnext")).isEqualTo("\"a \"\"quoted\"\", word\nnext\"");
  }

  @Test
  void rowsAreCommaSeparatedAndEndInCrLf() {
    assertThat(Csv.row(Arrays.asList("a", 1, null, "=x")))
        .isEqualTo("\"a\",\"1\",\"\",\"'=x\"\r\n");
    assertThat(Csv.row(List.of())).isEqualTo("\r\n");
  }
}
