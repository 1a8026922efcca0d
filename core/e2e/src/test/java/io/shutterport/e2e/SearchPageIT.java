package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The search page on a phone in Japanese: pages of twenty, a place set on the map (plain tiles the
 * marketplace draws itself, so no network) or typed as an address, with a radius, the rating
 * filter, and each card's next free dates read from the slots API.
 */
class SearchPageIT {
  private static final double KOFU_LAT = 35.664;
  private static final double KOFU_LON = 138.568;
  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aCustomerPagesFiltersByRatingAndSearchesAroundAPlaceOnTheMap() {
    String token = MatchingIT.katakana(6);
    List<String> near = new ArrayList<>();
    for (int i = 0; i < 21; i++) { // one more than a page
      near.add(
          MatchingIT.photographer(
                  "yamanashi",
                  "甲府市",
                  KOFU_LAT + 0.001 * i,
                  KOFU_LON,
                  50,
                  20000 + 100 * i,
                  "紅葉の" + token)
              .id());
    }
    // In Yamanashi, a prefecture no other test searches: these 22 must not crowd their pages.
    var far =
        MatchingIT.photographer("yamanashi", "甲府市", 34.977, 138.383, 50, 19000, "静岡寄りの" + token);
    String keyword = URLEncoder.encode(token, StandardCharsets.UTF_8);

    Api anonymous = new Api(Env.SAKURA, "ja");
    var api = anonymous.get("/api/v1/photographers?keyword=" + keyword);
    assertThat(api.status()).as(api.toString()).isEqualTo(200);
    assertThat(api.header("X-Total-Count")).isEqualTo("22");
    assertThat(api.header("X-More")).isEqualTo("true");
    assertThat(anonymous.get("/api/v1/photographers?keyword=" + keyword + "&page=2").array())
        .hasSize(2);
    for (String bad : List.of("0", "51", "x")) {
      var refused = anonymous.get("/api/v1/photographers?keyword=" + keyword + "&page=" + bad);
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.text()).contains("ページは1〜50で指定してください");
    }

    Browser browser = browsers.phone(Env.SAKURA);
    browser.open("/lang?to=ja&next=/search");
    browser.open("/search?keyword=" + keyword);
    assertThat(browser.text("#result-count")).endsWith("22");
    Set<String> seen = new HashSet<>(hrefs(browser));
    assertThat(seen).hasSize(20);
    browser.submit("#page-next");
    assertThat(browser.text("#page-number")).contains("2");
    List<String> second = hrefs(browser);
    assertThat(second).hasSize(2);
    seen.addAll(second);
    assertThat(seen).as("every photographer once over the two pages").hasSize(22);
    assertThat(browser.all("#page-next")).isEmpty();
    browser.submit("#page-previous");
    assertThat(hrefs(browser)).hasSize(20);

    // Next free dates on the cards, as the slots API gives them.
    browser.waitForScript(
        "return document.querySelector('.sp-result .sp-next-free').getAttribute('data-dates');");
    WebElement firstCard = browser.find(".sp-result .sp-next-free");
    String planId = firstCard.getAttribute("data-plan-id");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    var slots =
        anonymous
            .get("/api/v1/plans/" + planId + "/slots?from=" + today + "&to=" + today.plusDays(13))
            .json();
    String firstFree =
        slots.keySet().stream()
            .filter(d -> !slots.getJsonArray(d).isEmpty())
            .sorted()
            .findFirst()
            .orElseThrow();
    assertThat(firstCard.getAttribute("data-dates")).startsWith(firstFree);
    assertThat(firstCard.getText()).startsWith("空き日:");

    // A place on the map, 20 km around it: the photographer near Shizuoka drops out.
    browser.select("#search-prefecture", "yamanashi");
    browser.select("#search-radius", "20");
    browser.click("#map-toggle");
    browser.waitForScript(
        "var t = document.querySelector('#search-map img.leaflet-tile-loaded');"
            + " return t && t.naturalWidth === 256 ? 1 : null;");
    browser.click("#search-map");
    browser.waitForScript("return document.getElementById('search-lat').value || null;");
    double lat =
        Double.parseDouble(
            (String) browser.script("return document.getElementById('search-lat').value;"));
    double lon =
        Double.parseDouble(
            (String) browser.script("return document.getElementById('search-lon').value;"));
    assertThat(lat).isCloseTo(KOFU_LAT, org.assertj.core.data.Offset.offset(0.05));
    assertThat(lon).isCloseTo(KOFU_LON, org.assertj.core.data.Offset.offset(0.05));
    assertThat(browser.accessibilityProblems()).isEmpty();
    assertThat(browser.overflowing()).isEmpty();
    browser.screenshot("search-map-ja-phone");
    browser.submit("#search-go");
    assertThat(browser.url()).contains("radius=20").contains("lat=");
    assertThat(browser.script("return document.getElementById('search-prefecture').value;"))
        .as("the chosen prefecture stays chosen")
        .isEqualTo("yamanashi");
    assertThat(
            browser.script(
                "var s = document.getElementById('search-prefecture');"
                    + " return s.options[s.selectedIndex].text;"))
        .isEqualTo("山梨県");
    assertThat(browser.text("#result-count")).endsWith("21");
    assertThat(browser.all(".sp-result .sp-distance")).isNotEmpty();
    assertThat(browser.text(".sp-result .sp-distance")).startsWith("約").endsWith("km");
    browser.submit("#page-next");
    assertThat(hrefs(browser)).as("the place and radius stay on the next page").hasSize(1);
    assertThat(String.join(" ", hrefs(browser))).doesNotContain(far.id());

    // The same place typed as an address instead of set on the map.
    browser.open("/search?keyword=" + keyword);
    browser.select("#search-radius", "20");
    browser.type("#search-place-text", "山梨県甲府市丸の内1丁目");
    browser.submit("#search-go");
    assertThat(browser.url()).contains("place=").doesNotContainPattern("lat=[0-9]");
    assertThat(browser.text("#result-count")).endsWith("21");
    assertThat(browser.find("#search-place-text").getAttribute("value")).startsWith("山梨県甲府市");
    assertThat(browser.text(".sp-result .sp-distance")).startsWith("約").endsWith("km");
    browser.screenshot("search-place-ja-phone");
    browser.retype("#search-place-text", "火星");
    browser.submit("#search-go");
    assertThat(browser.text("#messages")).contains("その場所が見つかりません");
    assertThat(browser.text("#result-count")).endsWith("0");

    // The rating filter: these newcomers have no reviews, so four stars or more finds none,
    // exactly as the API says.
    browser.open("/search?keyword=" + keyword);
    browser.select("#search-rating", "4");
    browser.submit("#search-go");
    assertThat(browser.url()).contains("rating=4");
    assertThat(browser.find("#search-rating").getAttribute("value")).isEqualTo("4");
    assertThat(
            anonymous
                .get("/api/v1/photographers?keyword=" + keyword + "&minRating=4")
                .header("X-Total-Count"))
        .isEqualTo("0");
    assertThat(browser.text("#result-count")).endsWith("0");
    assertThat(browser.find("#no-results").isDisplayed()).isTrue();
  }

  @Test
  void thePlainMapTilesNeedNoNetworkAndRefuseWhatIsNoTile() {
    Api anonymous = new Api(Env.SAKURA);
    var tile = anonymous.get("/api/v1/map/tiles/9/454/202.png");
    assertThat(tile.status()).isEqualTo(200);
    assertThat(tile.header("Content-Type")).startsWith("image/png");
    assertThat(tile.bytes()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(tile.header("Cache-Control")).contains("max-age");
    for (String bad : List.of("/15/0/0.png", "/3/8/0.png", "/3/-1/0.png", "/a/b/c.png")) {
      assertThat(anonymous.get("/api/v1/map/tiles" + bad).status()).as(bad).isEqualTo(404);
    }
  }

  private static List<String> hrefs(Browser browser) {
    return browser.all(".sp-result").stream().map(a -> a.getAttribute("href")).toList();
  }
}
