package io.shutterport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GramsTest {
  @Test
  void japaneseTextBecomesCharacterBigrams() {
    assertThat(Grams.of("京都の七五三")).containsExactly("京都", "都の", "の七", "七五", "五三");
  }

  @Test
  void widthAndCaseDoNotMatterAndPunctuationSplits() {
    assertThat(Grams.of("ＫＹＯＴＯ、Photo")).containsExactly("ky", "yo", "ot", "to", "ph", "ho");
    assertThat(Grams.of("ｶﾒﾗ")).containsExactly("カメ", "メラ");
  }

  @Test
  void aSingleCharacterHasNoBigram() {
    assertThat(Grams.of("犬")).isEmpty();
  }
}
