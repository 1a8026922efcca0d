package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pages anyone may cache — home, search and profiles — on both profiles: an anonymous visitor
 * gets no cookie at all, a short public max-age and an ETag that stays the same while the page does
 * (whatever its CSP nonce) and answers a revalidation with an empty 304 without a CSP; a changed
 * page gets a new tag; a signed-in visitor's pages are not public.
 */
class PublicPagesIT {

  @ParameterizedTest
  @EnumSource(Profile.class)
  void anonymousVisitorsGetCacheablePagesWithoutCookies(Profile profile) {
    var photographer = Accounts.photographer(profile, 30000);
    String profilePage = "/photographer?id=" + photographer.id();
    for (String page : new String[] {"/", "/search?category=shichigosan", profilePage}) {
      Api visitor = profile.api(profile.sakura());
      var first = visitor.get(page);
      assertThat(first.status()).as(page).isEqualTo(200);
      assertThat(first.raw().headers().allValues("Set-Cookie")).as(page + ": no cookie").isEmpty();
      assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60");
      assertThat(first.header("Vary")).contains("Accept-Language", "Cookie");
      assertThat(first.header("Content-Type")).startsWith("text/html").contains("UTF-8");
      assertThat(first.raw().headers().allValues("Content-Security-Policy"))
          .as("the full answer keeps its policies")
          .anySatisfy(p -> assertThat(p).contains("object-src 'none'"))
          .anySatisfy(p -> assertThat(p).contains("nonce-"));
      String etag = first.header("ETag");
      assertThat(etag).as(page).matches("\"[0-9a-f]{32}\"");

      var again = profile.api(profile.sakura()).get(page);
      assertThat(again.header("ETag")).as(page + ": same page, same tag").isEqualTo(etag);
      assertThat(again.text()).as("though its nonce is new").isNotEqualTo(first.text());
      var revalidated = profile.api(profile.sakura()).get(page, "If-None-Match", etag);
      assertThat(revalidated.status()).as(page).isEqualTo(304);
      assertThat(revalidated.bytes()).isEmpty();
      assertThat(revalidated.header("ETag")).isEqualTo(etag);
      assertThat(revalidated.raw().headers().allValues("Content-Security-Policy"))
          .as("the kept copy's policy (and nonce) stay as they were")
          .isEmpty();
      assertThat(revalidated.raw().headers().allValues("Set-Cookie")).isEmpty();
    }

    String before = profile.api(profile.sakura()).get(profilePage).header("ETag");
    var changed =
        photographer
            .api()
            .put(
                "/api/v1/me/profile",
                Api.obj(
                    Map.of(
                        "displayName", "撮影者 改名",
                        "bio", "新しい自己紹介",
                        "prefecture", "saga",
                        "city", "佐賀市",
                        "languages", "ja")));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    var after = profile.api(profile.sakura()).get(profilePage, "If-None-Match", before);
    assertThat(after.status()).as("a changed page is sent again").isEqualTo(200);
    assertThat(after.header("ETag")).isNotEqualTo(before);
    assertThat(after.text()).contains("新しい自己紹介");

    Api customer = Accounts.customer(profile);
    var signedIn = customer.get("/");
    assertThat(signedIn.status()).isEqualTo(200);
    assertThat(signedIn.header("Cache-Control"))
        .as("a signed-in page is not public")
        .satisfiesAnyOf(c -> assertThat(c).isNull(), c -> assertThat(c).doesNotContain("public"));
    assertThat(signedIn.header("ETag")).isNull();
  }

  /**
   * A node keeps anonymous pages a few seconds (decision 94), never past a change: a plan's new
   * price and a portfolio photo's thumbnail show at once, on the node that took the change and on
   * the other; a kept copy still gets its own nonce, and {@code no-cache} draws the page afresh.
   */
  @org.junit.jupiter.api.Test
  void keptPagesAreDroppedOnEveryNodeWhenTheyChange() throws InterruptedException {
    Profile profile = Profile.PRODUCTION;
    var photographer = Accounts.photographer(profile, 31000);
    String page = "/photographer?id=" + photographer.id();
    Api nodeA = profile.api(profile.sakura()).withLanguage("ja");
    Api nodeB = nodeA.onPort(Integer.getInteger("it.node2.port", 9281));
    var first = nodeB.get(page);
    var kept = nodeB.get(page);
    assertThat(kept.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(nonce(kept)).as("a kept page gets a nonce of its own").isNotEqualTo(nonce(first));
    assertThat(kept.text()).contains("nonce=\"" + nonce(kept) + "\"");
    assertThat(kept.text()).doesNotContain(nonce(first));
    assertThat(nodeA.get(page).text()).contains("31,000");

    var repriced =
        photographer
            .api()
            .put(
                "/api/v1/me/plans/" + photographer.planId(),
                Api.obj(
                    Map.of(
                        "categoryId", "shichigosan",
                        "title", "プラン",
                        "durationMinutes", 60,
                        "price", 32000,
                        "photoCount", 40)));
    assertThat(repriced.status()).as(repriced.toString()).isEqualTo(200);
    assertThat(nodeA.get(page).text()).as("on the node that took it").contains("32,000");
    assertThat(nodeB.get(page).text()).as("on the other node").contains("32,000");

    // A portfolio photo shows once its thumbnail is made (by a job, on either node).
    String photo =
        photographer
            .api()
            .postBytes(
                "/api/v1/me/portfolio", Images.jpeg(320, 240, java.awt.Color.BLUE), "image/jpeg")
            .json()
            .getString("id");
    long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (photographer
            .api()
            .get("/api/v1/me/portfolio")
            .text()
            .contains("\"thumbnailReady\":false")
        && System.nanoTime() < until) {
      Thread.sleep(100); // derivatives are made in the background
    }
    assertThat(nodeB.get(page).text()).as("the kept copy was dropped").contains(photo);

    var afresh = nodeB.get(page, "Cache-Control", "no-cache");
    assertThat(afresh.status()).isEqualTo(200);
    assertThat(afresh.header("ETag")).isEqualTo(nodeB.get(page).header("ETag"));
  }

  private static String nonce(Api.Answer page) {
    var m =
        java.util.regex.Pattern.compile("'nonce-([^']+)'")
            .matcher(String.join(" ", page.raw().headers().allValues("Content-Security-Policy")));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void otherAnonymousPagesSetNoFlashCookie(Profile profile) {
    var login = profile.api(profile.sakura()).get("/login");
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.raw().headers().allValues("Set-Cookie"))
        .as("the flash cookie carries nothing without a session")
        .noneMatch(c -> c.startsWith("oam.Flash"));
  }

  /** Each marketplace has its own manifest: its name, its theme's colour and logo. */
  @ParameterizedTest
  @EnumSource(Profile.class)
  void eachMarketplaceHasItsOwnWebAppManifest(Profile profile) {
    Map<String, String> colours = Map.of("sakura", "#c2185b", "paws", "#2e7d32");
    for (var marketplace : colours.entrySet()) {
      String host = marketplace.getKey() + ".localhost:" + profile.port;
      Api visitor = profile.api(host).withLanguage("ja");
      var home = visitor.get("/");
      assertThat(home.text())
          .contains("rel=\"manifest\" href=\"/manifest.webmanifest\"")
          .contains("name=\"theme-color\" content=\"" + marketplace.getValue() + "\"");
      var manifest = visitor.get("/manifest.webmanifest");
      assertThat(manifest.status()).isEqualTo(200);
      assertThat(manifest.header("Content-Type")).startsWith("application/manifest+json");
      var json = manifest.json();
      assertThat(json.getString("theme_color")).isEqualTo(marketplace.getValue());
      assertThat(json.getString("start_url")).isEqualTo("/");
      assertThat(home.text())
          .as("the manifest's name is the page's brand")
          .contains("<title>")
          .contains(json.getString("name").replace("&", "&amp;"));
      String icon = json.getJsonArray("icons").getJsonObject(0).getString("src");
      var logo = visitor.get(icon);
      assertThat(logo.status()).as(icon).isEqualTo(200);
      assertThat(logo.header("Content-Type")).startsWith("image/svg+xml");
    }
  }
}
