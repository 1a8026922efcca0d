package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The same WAR on the embedded default, as {@code ./shutterport run} starts it: H2, local disk, the
 * developer outbox instead of SMTP, in-JVM sessions, demo data.
 */
class EmbeddedProfileIT {
  private static final int PORT = Integer.getInteger("it.embedded.port", 9380);
  private static final String SAKURA = "sakura.localhost:" + PORT;

  @Test
  void servesTheDemoMarketplaceWithoutExternalServices() {
    var home = new Api(SAKURA, "ja", PORT).get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.text()).contains("七五三・お宮参りの出張撮影");
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
    String token = tokenFromOutbox(api, email);
    assertThat(api.post("/api/v1/auth/verify", Api.obj(Map.of("token", token))).status())
        .isEqualTo(200);
    assertThat(api.login(email, Env.PASSWORD).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/auth/me").json().getString("email")).isEqualTo(email);
  }

  @Test
  void demoPortfolioThumbnailsAreMadeAndServedFromLocalStorage() throws InterruptedException {
    Api api = new Api(SAKURA, "en", PORT);
    String photoId =
        api.get("/api/v1/photographers").array().getJsonObject(0).getString("coverPhotoId");
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

  private static String tokenFromOutbox(Api api, String email) {
    Pattern link = Pattern.compile("/verify\\?token=([A-Za-z0-9_-]+)");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      String page = api.get("/dev/outbox").text();
      int at = page.indexOf(email);
      if (at >= 0) {
        Matcher m = link.matcher(page.substring(at, Math.min(page.length(), at + 3000)));
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    throw new AssertionError("no verification mail for " + email + " in the developer outbox");
  }
}
