package io.shutterport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Folding, index terms with field weights, query terms, synonyms and relevance. */
class SearchTextTest {
  @Test
  void widthCaseAndKanaFoldTogether() {
    assertThat(SearchText.fold("ＫＹＯＴＯ")).isEqualTo("kyoto");
    assertThat(SearchText.fold("ｶﾒﾗ")).isEqualTo("かめら");
    assertThat(SearchText.fold("カメラマン")).isEqualTo(SearchText.fold("かめらまん"));
    assertThat(SearchText.fold("ヴィンテージ")).isEqualTo("ゔぃんてーじ");
  }

  @Test
  void theIndexHoldsEveryCharacterAndPairWithItsHeaviestField() {
    Map<String, Integer> index = SearchText.index("犬の写真", List.of("写真"), "京都市", "京都で犬");
    assertThat(index)
        .containsEntry("犬", SearchText.NAME)
        .containsEntry("犬の", SearchText.NAME)
        .containsEntry("写真", SearchText.NAME)
        .containsEntry("京都", SearchText.AREA)
        .containsEntry("都で", SearchText.BIO)
        .containsEntry("で犬", SearchText.BIO)
        .doesNotContainKey("市京");
    assertThat(List.copyOf(index.values()))
        .as("heaviest first")
        .isSortedAccordingTo((a, b) -> b - a);
  }

  @Test
  void aLongTextKeepsItsHeaviestTerms() {
    StringBuilder bio = new StringBuilder();
    for (char c = '一'; c < '一' + 2000; c++) {
      bio.append(c);
    }
    Map<String, Integer> index = SearchText.index("名前", List.of(), "", bio.toString());
    assertThat(index).hasSize(SearchText.MAX_TERMS).containsEntry("名前", SearchText.NAME);
  }

  @Test
  void queryWordsArePairsOrOneCharacter() {
    assertThat(SearchText.queryTerms("京都の七五三")).containsExactly("京都", "都の", "の七", "七五", "五三");
    assertThat(SearchText.queryTerms("犬")).containsExactly("犬");
    assertThat(SearchText.queryTerms("ネコ、犬")).containsExactly("ねこ", "犬");
    assertThat(SearchText.queryTerms("、。")).isEmpty();
  }

  @Test
  void aSynonymStandsForItsWholeGroup() {
    List<List<String>> groups = List.of(List.of("七五三", "753", "しちごさん", "shichigosan"));
    Keyword keyword = Keyword.of("ｼﾁｺﾞｻﾝ　京都", groups);
    assertThat(keyword.words()).hasSize(2);
    assertThat(keyword.words().get(0)).hasSize(4).contains(java.util.Set.of("七五", "五三"));
    assertThat(keyword.words().get(1)).containsExactly(java.util.Set.of("京都"));
    assertThat(Keyword.of("七五三撮影", groups).words().get(0))
        .as("only a whole word is a synonym")
        .hasSize(1);
    assertThat(Keyword.of("  、 ", groups).isEmpty()).isTrue();
  }

  @Test
  void relevanceIsTheBestSpellingsWeightOverTheMostItCouldWeighAveragedOverWords() {
    Keyword keyword = Keyword.of("753 京都", List.of(List.of("七五三", "753")));
    // Spellings in order: 七五三 (2 terms), 753 (2 terms), 京都 (1 term).
    int[] inTitleAndArea = {2 * SearchText.TITLE, 0, SearchText.AREA};
    assertThat(keyword.relevance(inTitleAndArea)).isEqualTo((0.75 + 0.5) / 2);
    int[] inNameOnly = {0, 2 * SearchText.NAME, SearchText.NAME};
    assertThat(keyword.relevance(inNameOnly)).isEqualTo(1.0);
    assertThat(Keyword.NONE.relevance(new int[0])).isZero();
  }
}
