package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same WAR on the embedded default, as {@code ./shutterport run} starts it: H2, local disk, the
 * developer outbox instead of SMTP, in-JVM sessions, demo data.
 */
class EmbeddedProfileIT {
  private static final int PORT = Integer.getInteger("it.embedded.port", 9380);
  private static final String SAKURA = "sakura.localhost:" + PORT;

  @org.junit.jupiter.api.io.TempDir static java.nio.file.Path uploads;

  /**
   * Local storage cannot sign URLs, so the uploader sends photos through the site in resumable 4 MB
   * chunks; two photos of several chunks each arrive byte for byte.
   */
  @Test
  void theUploaderSendsPhotosInResumableChunksOnLocalStorage() throws Exception {
    Api customer = new Api(SAKURA, "ja", PORT);
    assertThat(customer.login("customer@sakura.example", Env.DEMO_PASSWORD).status())
        .isEqualTo(200);
    Api aoi = new Api(SAKURA, "ja", PORT);
    assertThat(aoi.login("aoi@sakura.example", Env.DEMO_PASSWORD).status()).isEqualTo(200);
    Api operator = new Api(SAKURA, "ja", PORT);
    assertThat(operator.login("operator@sakura.example", Env.DEMO_PASSWORD).status())
        .isEqualTo(200);
    String aoiId = aoi.get("/api/v1/auth/me").json().getString("id");
    String booking =
        Accounts.paidBooking(
            customer,
            aoi,
            operator,
            customer.firstPlanOf(aoiId),
            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))
                .plusDays(45 + (int) (System.nanoTime() % 30)),
            "15:00",
            "");

    java.util.List<String> files = new java.util.ArrayList<>();
    java.util.Set<String> shas = new java.util.HashSet<>();
    for (int i = 0; i < 2; i++) {
      byte[] jpeg = noisyJpeg(3600, 2400, i);
      assertThat(jpeg.length).as("more than one 4 MB chunk").isGreaterThan(4 * 1024 * 1024);
      java.nio.file.Path file = uploads.resolve("DSC_" + i + ".jpg");
      java.nio.file.Files.write(file, jpeg);
      files.add(file.toString());
      shas.add(Images.sha256(jpeg));
    }
    try (Browser browser = new Browser(SAKURA)) {
      browser.login("aoi@sakura.example", Env.DEMO_PASSWORD);
      browser.open("/booking?id=" + booking);
      assertThat(browser.find("#uploader").getAttribute("data-direct")).isEqualTo("false");
      browser.find("#uploader-files").sendKeys(String.join("\n", files));
      browser.find("#uploader-start").click();
      Object seen =
          browser.waitForScript(
              "var r = document.getElementById('uploader');"
                  + " if (!r || r.getAttribute('data-finished') !== 'true') return null;"
                  + " return [r.getAttribute('data-done'),"
                  + " document.querySelectorAll('#uploader-list li[data-state=done]').length];");
      assertThat(String.valueOf(seen)).isEqualTo("[2, 2]");
    }
    var photos = aoi.get("/api/v1/bookings/" + booking + "/photos").array();
    assertThat(photos.getValuesAs(jakarta.json.JsonObject.class))
        .extracting(p -> p.getString("sha256"))
        .containsExactlyInAnyOrderElementsOf(shas);
  }

  /** A JPEG that does not compress much: noise, as a real photo's detail would be. */
  private static byte[] noisyJpeg(int width, int height, long seed) throws java.io.IOException {
    var image =
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var random = new java.util.Random(seed);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    var out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  /**
   * A developer's server answers only their machine: the embedded profile listens on localhost
   * unless told otherwise (its developer outbox holds every account's links).
   */
  @Test
  void theEmbeddedProfileListensOnLocalhostOnly() throws java.io.IOException {
    java.nio.file.Path storage =
        java.nio.file.Path.of(System.getProperty("it.embedded.storage", "target/none"));
    java.nio.file.Path log = storage.getParent().getParent().resolve("logs/messages.log");
    java.util.List<String> listening =
        java.nio.file.Files.readAllLines(log).stream()
            .filter(l -> l.contains("CWWKO0219I") && l.contains("port " + PORT))
            .toList();
    assertThat(listening)
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains("host localhost").doesNotContain("host *"));
    assertThat(new Api(SAKURA, "en", PORT).get("/dev/outbox").status())
        .as("shown on loopback")
        .isEqualTo(200);
  }

  @Test
  void servesTheDemoMarketplaceWithoutExternalServices() {
    var home = new Api(SAKURA, "ja", PORT).get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.raw().headers().allValues("Content-Security-Policy"))
        .as("scripts only from the site or with this response's nonce: no inline, no eval")
        .anySatisfy(p -> assertThat(p).contains("script-src 'self' 'nonce-"))
        .noneSatisfy(p -> assertThat(p).contains("unsafe"));
    assertThat(home.text()).contains("七五三・お宮参りの出張撮影");
    var bridal = new Api("hanayome.localhost:" + PORT, "ja", PORT).get("/");
    assertThat(bridal.status()).isEqualTo(200);
    assertThat(bridal.text()).contains("はなよめフォト").contains("/theme/bridal/vars.css");
    Api admin = new Api("platform.localhost:" + PORT, "en", PORT);
    assertThat(admin.get("/").status()).as("the platform console's host").isEqualTo(302);
    assertThat(admin.login("admin@platform.example", Env.DEMO_PASSWORD).status()).isEqualTo(200);
    assertThat(admin.get("/api/v1/platform/tenants").text())
        .contains("sakura")
        .contains("paws")
        .contains("hanayome");
    var ready = new Api("localhost:" + PORT, "en", PORT).get("/health/ready");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.text()).contains("\"database\":true").doesNotContain("redis");
  }

  @Test
  void signUpWorksThroughTheDeveloperOutbox() {
    String email = Env.unique("embedded");
    Api api = new Api(SAKURA, "en", PORT);
    var registered = api.register(email, "Local", "CUSTOMER");
    assertThat(registered.status()).isEqualTo(202);
    String token = Profile.EMBEDDED.verificationToken(api, email);
    assertThat(api.post("/api/v1/auth/verify", Api.obj(Map.of("token", token))).status())
        .isEqualTo(200);
    assertThat(api.login(email, Env.PASSWORD).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/auth/me").json().getString("email")).isEqualTo(email);
  }

  @Test
  void demoPortfolioThumbnailsAreMadeAndServedFromLocalStorage() throws InterruptedException {
    Api api = new Api(SAKURA, "en", PORT);
    String photoId = // a demo photographer's cover (other tests add photographers without)
        api.get("/api/v1/photographers").array().getValuesAs(jakarta.json.JsonObject.class).stream()
            .filter(r -> r.get("coverPhotoId") instanceof jakarta.json.JsonString)
            .findFirst()
            .orElseThrow()
            .getString("coverPhotoId");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    Api.Answer thumbnail = api.get("/api/v1/photos/" + photoId + "/thumbnail");
    while (thumbnail.status() != 200 && Instant.now().isBefore(deadline)) {
      Thread.sleep(500); // the thumbnail job runs in the background
      thumbnail = api.get("/api/v1/photos/" + photoId + "/thumbnail");
    }
    assertThat(thumbnail.status()).isEqualTo(200);
    assertThat(thumbnail.header("Content-Type")).isEqualTo("image/jpeg");
    assertThat(thumbnail.header("Cache-Control")).contains("immutable");
  }

  @Test
  void searchWithEveryFilterRunsOnTheEmbeddedDatabase() {
    Api api = new Api(SAKURA, "en", PORT);
    String date =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(14).toString();
    var dated = api.get("/api/v1/photographers?category=shichigosan&date=" + date);
    assertThat(dated.status()).isEqualTo(200);
    assertThat(dated.array()).isNotEmpty();
    assertThat(
            dated.array().getJsonObject(0).getJsonObject("photographer").getJsonArray("freeStarts"))
        .isNotEmpty();
    var filtered =
        api.get(
            "/api/v1/photographers?category=shichigosan&date="
                + date
                + "&from=09:00&to=12:00&budget=100000&language=ja&minRating=1&keyword="
                + java.net.URLEncoder.encode("七五三", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(filtered.status()).as(filtered.text()).isEqualTo(200);
  }

  @Test
  void theConsolesTuningAndTheSearchPagesFiltersRunOnTheEmbeddedDatabase() {
    Api operator = Accounts.demo(Profile.EMBEDDED, "operator@sakura.example");
    var set =
        operator.put(
            "/api/v1/operator/settings/copy/home.how",
            Api.obj(java.util.Map.of("ja", "みなさまの声", "en", "Kind words")));
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    try {
      assertThat(new Api(SAKURA, "ja", PORT).get("/").text()).contains("みなさまの声");
      assertThat(new Api(SAKURA, "en", PORT).get("/").text()).contains("Kind words");
    } finally {
      var reset =
          operator.put("/api/v1/operator/settings/copy/home.how", Api.obj(java.util.Map.of()));
      assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
    }
    assertThat(new Api(SAKURA, "en", PORT).get("/").text()).doesNotContain("Kind words");

    var preview =
        operator.get(
            "/api/v1/operator/settings/ranking/preview?weights="
                + java.net.URLEncoder.encode(
                    "rating=1,price=1", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    assertThat(preview.array()).isNotEmpty();

    // The search page: a Japanese keyword in the address, a place and radius, a page number.
    Api visitor = new Api(SAKURA, "ja", PORT);
    var page =
        visitor.get(
            "/search?keyword="
                + java.net.URLEncoder.encode("七五三", java.nio.charset.StandardCharsets.UTF_8)
                + "&lat=35.021&lon=135.756&radius=50&rating=1&page=1");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("value=\"七五三\"").contains("search-map");
    var api =
        visitor.get("/api/v1/photographers?category=shichigosan&lat=35.021&lon=135.756&page=1");
    assertThat(api.status()).as(api.toString()).isEqualTo(200);
    assertThat(api.header("X-Total-Count")).isNotNull();
    assertThat(visitor.get("/api/v1/photographers?page=0").status()).isEqualTo(400);
  }

  /**
   * The operator's bookings and accounts tables page, filter and sort in the embedded database too:
   * a name holding LIKE's own characters finds that customer only, not everyone it would match as a
   * pattern.
   */
  @Test
  void theOperatorsBookingRecordsRunOnTheEmbeddedDatabase() {
    var photographer = Accounts.photographer(Profile.EMBEDDED, 43210);
    String id = Long.toString(System.nanoTime(), 36);
    Api percent =
        Accounts.signUp(Profile.EMBEDDED, SAKURA, Env.unique("records"), "記録%" + id, "CUSTOMER");
    Api plain =
        Accounts.signUp(Profile.EMBEDDED, SAKURA, Env.unique("records"), "記録Z" + id, "CUSTOMER");
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
    String early =
        Accounts.request(percent, photographer.planId(), today.plusDays(11), "10:00", "");
    String late = Accounts.request(percent, photographer.planId(), today.plusDays(12), "10:00", "");
    Accounts.request(plain, photographer.planId(), today.plusDays(13), "10:00", "");
    String earlyReference = percent.get("/api/v1/bookings/" + early).json().getString("reference");
    String lateReference = percent.get("/api/v1/bookings/" + late).json().getString("reference");

    String bookings = "#records\\:tabs\\:bookings";
    try (Browser browser = Browser.phone(SAKURA)) {
      browser.login("operator@sakura.example", Env.DEMO_PASSWORD);
      browser.open("/lang?to=ja&next=/operator/records");
      browser.type(bookings + "\\:customer\\:filter", "記録%" + id);
      OperatorRecordsIT.waitForRows(browser, bookings, 2);
      browser.click(bookings + "\\:when");
      OperatorRecordsIT.waitForFirst(browser, bookings, earlyReference);
      browser.click(bookings + "\\:when");
      OperatorRecordsIT.waitForFirst(browser, bookings, lateReference);
      assertThat(browser.text(bookings + " .ui-paginator-current")).startsWith("2 件");
      browser.select(bookings + "\\:status-filter", "PAID");
      OperatorRecordsIT.waitForRows(browser, bookings, 0);
      browser.select(bookings + "\\:status-filter", "REQUESTED");
      OperatorRecordsIT.waitForRows(browser, bookings, 2);

      // Accounts page in the same database: the % is literal there too; sorted by name.
      browser.click("a[href$='accounts-tab']");
      String accounts = "#records\\:tabs\\:accounts";
      browser.waitVisible(accounts + "\\:name\\:filter");
      browser.type(accounts + "\\:name\\:filter", "記録%" + id);
      OperatorRecordsIT.waitForRows(browser, accounts, 1);
      browser.retype(accounts + "\\:name\\:filter", id);
      OperatorRecordsIT.waitForRows(browser, accounts, 2);
      browser.click(accounts + "\\:name .ui-column-title");
      browser.waitForScript(
          "var c = document.querySelector(arguments[0] + ' tbody tr:first-child td');"
              + " return c && c.textContent.indexOf(arguments[1]) >= 0 ? true : null;",
          accounts,
          "記録%" + id); // % sorts before Z
      assertThat(browser.text(accounts + " .ui-paginator-current")).startsWith("2 件");
    }
  }
}
