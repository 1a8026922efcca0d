package io.shutterport.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.messaging.ContactDetector.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetectorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "電話は090-1234-5678です | PHONE | 電話は●●●です",
        "０９０ー１２３４ー５６７８にどうぞ | PHONE | ●●●にどうぞ",
        "〇九〇 一二三四 五六七八 | PHONE | ●●●",
        "call +81 90 1234 5678 tonight | PHONE | call ●●● tonight",
        "(03) 1234-5678 | PHONE | ●●●",
        "zero nine zero one two three four five six seven eight | PHONE | ●●●",
        "ゼロキュ-ゼロ イチニサンヨン ゴロクナナハチ | PHONE | ●●●",
        "ぜろきゅうぜろ、いちにさんよん、ごろくななはち です | PHONE | ●●● です",
        "mail hanako.y@example.com please | EMAIL | mail ●●● please",
        "hanako (at) example (dot) com | EMAIL | ●●●",
        "hanako アット example ドット jp まで | EMAIL | ●●● まで",
        "ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｃｏｍ | EMAIL | ●●●",
        "LINE ID: sakura_photo | LINE | ●●●",
        "ラインのIDは sakura123 です | LINE | ●●● です",
        "ＬＩＮＥ：ｓａｋｕｒａ | LINE | ●●●",
        "see https://insta.example/me! | URL | see ●●●",
        "www.example.jp を見て | URL | ●●● を見て",
        "portfolio: example.com/works | URL | portfolio: ●●●",
        "example ドット com で検索 | URL | ●●● で検索",
      })
  void masksContactDetails(String text, Kind kind, String masked) {
    var result = ContactDetector.mask(text);
    assertThat(result.kinds()).containsExactly(kind);
    assertThat(result.text()).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2026年11月25日 10:00に神社の鳥居前で集合です",
        "2026-11-25 10:00 meeting at the gate",
        "order 2026112510 and 12345678901 are not phones",
        "料金は30,000円、延長は1時間5,000円です",
        "3歳と7歳の子供、七五三の撮影、一緒にお願いします",
        "line up the kids at 10 near the torii",
        "Could you bring two or three outfits? One for the shrine.",
        "予約番号 SP-2026-0042 について",
        "we are at the shrine. meet at 9",
      })
  void leavesOrdinaryTextAlone(String text) {
    var result = ContactDetector.mask(text);
    assertThat(result.found()).as(result.text()).isFalse();
    assertThat(result.text()).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void masksEveryDetailInOneMessage() {
    var result = ContactDetector.mask("tel 09012345678, mail a@b.jp, LINE: abcde");
    assertThat(result.kinds()).containsExactlyInAnyOrder(Kind.PHONE, Kind.EMAIL, Kind.LINE);
    assertThat(result.text()).isEqualTo("tel ●●●, mail ●●●, ●●●");
  }
}
