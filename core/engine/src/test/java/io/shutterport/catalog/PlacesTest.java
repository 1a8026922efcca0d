package io.shutterport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlacesTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "東京都渋谷区神宮前1-2-3 | 渋谷区",
        "渋谷 | 渋谷区",
        "Shibuya-ku, Tokyo | 渋谷区",
        "ＳＨＩＢＵＹＡ | 渋谷区",
        "札幌市中央区北1条西2丁目 | 札幌市",
        "中央区 | 中央区",
        "大阪市北区梅田 | 大阪市",
        "横浜 | 横浜市",
        "yokohama | 横浜市",
        "京都市左京区 | 京都市",
        "鎌倉 | 鎌倉市",
        "東京都 | 東京都",
        "大阪府北区 | 大阪府",
        "Okinawa | 沖縄県",
        "北海道函館市 | 函館市"
      })
  void findsTheMostSpecificPlaceNamed(String text, String expected) {
    assertThat(Places.locate(text, "ja")).get().extracting(Places.Place::name).isEqualTo(expected);
  }

  @Test
  void aWardIsPlacedInsideItsPrefectureAndNamedInTheLanguageAsked() {
    var shibuya = Places.locate("渋谷区", "en").orElseThrow();
    assertThat(shibuya.name()).isEqualTo("Shibuya");
    assertThat(shibuya.prefecture()).isEqualTo(Prefecture.TOKYO);
    assertThat(Geo.km(shibuya.latitude(), shibuya.longitude(), 35.69, 139.692)).isLessThan(10);
    var tokyo = Places.locate("東京", "en").orElseThrow();
    assertThat(tokyo.name()).isEqualTo("Tokyo");
    assertThat(tokyo.latitude()).isEqualTo(Prefecture.TOKYO.latitude());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "火星", "Otaru", "123-4567", "kitakyu"})
  void findsNothingInTextThatNamesNoKnownPlace(String text) {
    assertThat(Places.locate(text, "ja")).isEmpty();
  }

  @Test
  void looksAtAddressesNotDocuments() {
    assertThat(Places.locate("渋谷区" + "あ".repeat(Places.MAX_LENGTH), "ja")).isEmpty();
    assertThat(Places.locate(null, "ja")).isEmpty();
  }
}
