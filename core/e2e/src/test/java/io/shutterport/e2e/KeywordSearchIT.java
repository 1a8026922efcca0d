package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Keyword search in Japanese (docs/matching.md): hiragana, katakana and half-width forms meet,
 * one-character words are words, a category plugin's synonyms (七五三 = 753 = しちごさん = shichigosan)
 * find each other, and where the words stand (name, plan title, area, bio) ranks the results —
 * through the API and on the search page, on a phone, in Japanese and English.
 */
class KeywordSearchIT {
  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void keywordsFoldKanaAndWidthFindOneCharacterWordsAndSynonymsAndRankByWhereTheyStand() {
    String token = MatchingIT.katakana(6);
    // The same in every respect but where the token stands: in one's town (the helper names a
    // photographer after their city, so in the name too), in the other's bio, with a cat. Neither
    // has a point, reviews or answered requests; the plans cost the same.
    var inArea = MatchingIT.photographer("gifu", token + "町", null, null, 30, 25000, "岐阜で撮影");
    var inBio =
        MatchingIT.photographer("gifu", "岐阜市", null, null, 30, 25000, "猫と一緒に" + token + "で撮影");
    Api anonymous = new Api(Env.SAKURA, "ja");

    List<JsonObject> both = results(anonymous, token);
    assertThat(both)
        .extracting(r -> r.getString("photographerId"))
        .as("the token in the name (weight 4) ranks above the token in the bio (weight 1)")
        .containsExactly(inArea.id(), inBio.id());
    double areaRelevance =
        both.get(0).getJsonObject("factors").getJsonNumber("relevance").doubleValue();
    double bioRelevance =
        both.get(1).getJsonObject("factors").getJsonNumber("relevance").doubleValue();
    assertThat(areaRelevance).isEqualTo(1.0);
    assertThat(bioRelevance).isEqualTo(0.25);
    assertThat(both.get(0).getJsonNumber("score").doubleValue())
        .isGreaterThan(both.get(1).getJsonNumber("score").doubleValue());

    assertThat(ids(results(anonymous, hiragana(token))))
        .as("hiragana finds katakana")
        .containsExactly(inArea.id(), inBio.id());
    assertThat(ids(results(anonymous, halfWidth(token) + "　")))
        .as("half-width katakana and a full-width space")
        .containsExactly(inArea.id(), inBio.id());
    assertThat(ids(results(anonymous, "猫 " + token)))
        .as("a one-character word is a word")
        .containsExactly(inBio.id());
    assertThat(ids(results(anonymous, "犬 " + token))).as("and must be there").isEmpty();
    for (String spelling : List.of("753", "しちごさん", "ｼﾁｺﾞｻﾝ", "ShichiGoSan")) {
      assertThat(ids(results(anonymous, spelling + " " + token)))
          .as(spelling + " finds the plans titled 七五三 (the ceremonies plugin's synonyms)")
          .containsExactly(inArea.id(), inBio.id());
    }
    assertThat(ids(results(anonymous, "成人式 " + token)))
        .as("another group's word does not")
        .isEmpty();
    for (String bad : List.of("、。！", "あ".repeat(41), "a b c d e f g")) {
      var refused = anonymous.get("/api/v1/photographers?keyword=" + encode(bad));
      assertThat(refused.status()).as(bad + " " + refused).isEqualTo(400);
      assertThat(refused.text()).contains("キーワードは6語・40文字以内");
    }

    // On the search page, on a phone: half-width katakana for 七五三 in Japanese, romaji in English.
    Browser browser = browsers.phone(Env.SAKURA);
    browser.open("/lang?to=ja&next=/search");
    browser.open("/search");
    browser.type("#search-keyword", "ｼﾁｺﾞｻﾝ " + token);
    browser.submit("#search-go");
    assertThat(browser.text("#result-count")).endsWith("2");
    assertThat(hrefs(browser))
        .as("in the ranking's order")
        .satisfiesExactly(
            first -> assertThat(first).contains(inArea.id()),
            second -> assertThat(second).contains(inBio.id()));
    assertThat(browser.overflowing()).isEmpty();
    browser.screenshot("search-keyword-ja-phone");

    browser.open("/lang?to=en&next=/search");
    browser.open("/search?keyword=" + encode("shichigosan 猫 " + token));
    assertThat(browser.text("#result-count")).endsWith("1");
    assertThat(hrefs(browser)).singleElement().asString().contains(inBio.id());
    browser.open("/search?keyword=" + encode("、。"));
    assertThat(browser.text("body")).contains("Enter a keyword of up to 6 words and 40 characters");
    browser.screenshot("search-keyword-en-phone");
  }

  private static List<JsonObject> results(Api api, String keyword) {
    var answer = api.get("/api/v1/photographers?category=shichigosan&keyword=" + encode(keyword));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.array().getValuesAs(JsonObject.class).stream()
        .map(o -> o.getJsonObject("photographer"))
        .toList();
  }

  private static List<String> ids(List<JsonObject> results) {
    return results.stream().map(r -> r.getString("photographerId")).toList();
  }

  private static List<String> hrefs(Browser browser) {
    return browser.all(".sp-result").stream().map(a -> a.getAttribute("href")).toList();
  }

  private static String hiragana(String katakana) {
    StringBuilder s = new StringBuilder();
    katakana.chars().forEach(c -> s.append((char) (c - 0x60)));
    return s.toString();
  }

  /** Katakana in half-width forms (the token's letters all have one). */
  private static String halfWidth(String s) {
    // The half-width forms of U+FF65..U+FF9F, composed back by NFKC on the server.
    String half =
        "ｧｱｨｲｩｳｪｴｫｵｶｶﾞｷｷﾞｸｸﾞｹｹﾞｺｺﾞｻｻﾞｼｼﾞｽｽﾞｾｾﾞｿｿﾞﾀﾀﾞﾁﾁﾞｯﾂﾂﾞﾃﾃﾞﾄﾄﾞﾅﾆﾇﾈﾉﾊﾊﾞﾊﾟﾋﾋﾞﾋﾟﾌﾌﾞﾌﾟﾍﾍﾞﾍﾟﾎﾎﾞﾎﾟﾏﾐﾑﾒﾓｬﾔｭﾕｮﾖﾗﾘﾙﾚﾛﾜｦﾝ";
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      String match = null;
      for (int i = 0; i < half.length(); ) {
        int len =
            i + 1 < half.length() && (half.charAt(i + 1) == 'ﾞ' || half.charAt(i + 1) == 'ﾟ')
                ? 2
                : 1;
        String h = half.substring(i, i + len);
        if (java.text.Normalizer.normalize(h, java.text.Normalizer.Form.NFKC)
            .equals(String.valueOf(c))) {
          match = h;
          break;
        }
        i += len;
      }
      assertThat(match).as("a half-width form of " + c).isNotNull();
      out.append(match);
    }
    return out.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
