package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A photographer's portfolio: uploads by the API, shown publicly without the camera's metadata. */
class PortfolioIT {
  @Test
  void aPortfolioPhotoWithGpsIsShownWithoutAnyLocation() throws InterruptedException {
    byte[] withGps = Images.jpegWithGps(640, 480);
    assertThat(Images.hasExif(withGps)).as("the test file itself carries EXIF").isTrue();
    Accounts.Photographer p = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);

    Api.Answer uploaded = p.api().postBytes("/api/v1/me/portfolio", withGps, "image/jpeg");
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    String photoId = uploaded.json().getString("id");
    assertThat(uploaded.text()).doesNotContainIgnoringCase("gps").doesNotContain("latitude");

    Api anonymous = new Api(Env.SAKURA);
    var page = anonymous.get("/api/v1/photographers/" + p.id());
    assertThat(page.text()).contains(photoId).doesNotContainIgnoringCase("gps");
    Api.Answer thumbnail = anonymous.get("/api/v1/photos/" + photoId + "/thumbnail");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (thumbnail.status() != 200 && Instant.now().isBefore(deadline)) {
      Thread.sleep(300); // the thumbnail job runs in the background
      thumbnail = anonymous.get("/api/v1/photos/" + photoId + "/thumbnail");
    }
    assertThat(thumbnail.status()).isEqualTo(200);
    assertThat(Images.hasExif(thumbnail.bytes())).as("no EXIF, so no GPS").isFalse();
    assertThat(anonymous.get("/api/v1/photos/" + photoId + "/original").status())
        .as("the original, with its metadata, is not public")
        .isIn(401, 403, 404);
    assertThat(
            Accounts.customer(Env.SAKURA).get("/api/v1/photos/" + photoId + "/original").status())
        .isIn(403, 404);
  }

  /**
   * Both profiles: the photographer orders their portfolio, picks the cover search shows and
   * removes a photo, whose bytes leave storage and the quota; an order for a portfolio that has
   * changed meanwhile is refused with 409, and nobody else can arrange it.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Profile.class)
  void aPortfolioIsOrderedGivenACoverAndPruned(Profile profile) throws Exception {
    Accounts.Photographer p = Accounts.photographer(profile, 30000);
    Api api = p.api().withLanguage("ja");
    List<String> ids = new ArrayList<>();
    for (java.awt.Color color :
        new java.awt.Color[] {java.awt.Color.RED, java.awt.Color.GREEN, java.awt.Color.BLUE}) {
      var uploaded =
          api.postBytes("/api/v1/me/portfolio", Images.jpeg(320, 240, color), "image/jpeg");
      assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
      ids.add(uploaded.json().getString("id"));
    }
    assertThat(order(api)).containsExactlyElementsOf(ids);
    Instant ready = Instant.now().plus(Duration.ofSeconds(30));
    while (api.get("/api/v1/me/portfolio").text().contains("\"thumbnailReady\":false")
        && Instant.now().isBefore(ready)) {
      Thread.sleep(200); // derivatives are made in the background; let them land first
    }

    List<String> reversed = List.of(ids.get(2), ids.get(1), ids.get(0));
    var arranged =
        api.put("/api/v1/me/portfolio/order", Api.obj(java.util.Map.of("order", reversed)));
    assertThat(arranged.status()).as(arranged.toString()).isEqualTo(200);
    assertThat(order(api)).containsExactlyElementsOf(reversed);
    assertThat(publicOrder(profile, p.id())).containsExactlyElementsOf(reversed);

    var stale =
        api.put(
            "/api/v1/me/portfolio/order", Api.obj(java.util.Map.of("order", ids.subList(0, 2))));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().getString("detail")).contains("再読み込み");
    assertThat(order(api)).as("nothing changed").containsExactlyElementsOf(reversed);
    var other = Accounts.photographer(profile, 20000);
    assertThat(
            other
                .api()
                .put("/api/v1/me/portfolio/order", Api.obj(java.util.Map.of("order", reversed)))
                .status())
        .as("another photographer's photos are not theirs to arrange")
        .isEqualTo(409);
    assertThat(other.api().delete("/api/v1/me/portfolio/" + ids.get(0)).status()).isEqualTo(404);
    assertThat(
            other
                .api()
                .post(
                    "/api/v1/me/portfolio/" + ids.get(0) + "/cover",
                    jakarta.json.JsonObject.EMPTY_JSON_OBJECT)
                .status())
        .isEqualTo(404);

    var covered =
        api.post(
            "/api/v1/me/portfolio/" + ids.get(0) + "/cover",
            jakarta.json.JsonObject.EMPTY_JSON_OBJECT);
    assertThat(covered.status()).as(covered.toString()).isEqualTo(200);
    assertThat(order(api)).containsExactly(ids.get(0), ids.get(2), ids.get(1));

    var removed = api.delete("/api/v1/me/portfolio/" + ids.get(2));
    assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
    assertThat(order(api)).containsExactly(ids.get(0), ids.get(1));
    assertThat(
            profile
                .api(profile.sakura())
                .get("/api/v1/photos/" + ids.get(2) + "/thumbnail")
                .status())
        .isEqualTo(404);
    if (profile == Profile.PRODUCTION) {
      long size = Images.jpeg(320, 240, java.awt.Color.RED).length;
      assertThat(Sql.number("SELECT bytes FROM storage_usage WHERE owner_id = ?", p.id()))
          .as("the removed photo's bytes are given back")
          .isLessThan(3 * size);
      java.nio.file.Path folder =
          java.nio.file.Path.of(
              System.getProperty("it.s3.dir"), "shutterport", "sakura", "portfolio", p.id());
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (stored(folder, ids.get(2)) && Instant.now().isBefore(deadline)) {
        Thread.sleep(200); // the deletion job runs once the removal has committed
      }
      assertThat(stored(folder, ids.get(2))).as("its objects leave storage").isFalse();
      assertThat(stored(folder, ids.get(1))).as("the others stay").isTrue();
    }
  }

  /**
   * Both profiles: the same photo removed ten times at once is removed once (one 200, the others
   * 404 or 409, never 500), arrangements racing each other answer 200 or 409, and the bytes go back
   * to the quota once.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Profile.class)
  void racingRemovalsAndArrangementsNeverAnswer500(Profile profile) throws Exception {
    Accounts.Photographer p = Accounts.photographer(profile, 30000);
    Api api = p.api();
    byte[] jpeg = Images.jpeg(320, 240, java.awt.Color.ORANGE);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(api.postBytes("/api/v1/me/portfolio", jpeg, "image/jpeg").json().getString("id"));
    }
    var arranged =
        Concurrently.run(
            List.of(
                () ->
                    api.put("/api/v1/me/portfolio/order", Api.obj(java.util.Map.of("order", ids))),
                () ->
                    api.put(
                        "/api/v1/me/portfolio/order",
                        Api.obj(
                            java.util.Map.of(
                                "order", List.of(ids.get(2), ids.get(1), ids.get(0))))),
                () ->
                    api.post(
                        "/api/v1/me/portfolio/" + ids.get(1) + "/cover",
                        jakarta.json.JsonObject.EMPTY_JSON_OBJECT)));
    assertThat(arranged).extracting(Api.Answer::status).allMatch(s -> s == 200 || s == 409);
    assertThat(order(api)).containsExactlyInAnyOrderElementsOf(ids);

    long before =
        profile == Profile.PRODUCTION
            ? Sql.number("SELECT bytes FROM storage_usage WHERE owner_id = ?", p.id())
            : 0;
    var removals = Concurrently.times(10, () -> api.delete("/api/v1/me/portfolio/" + ids.get(0)));
    assertThat(removals)
        .extracting(Api.Answer::status)
        .allMatch(s -> s == 200 || s == 404 || s == 409);
    assertThat(removals).extracting(Api.Answer::status).filteredOn(s -> s == 200).hasSize(1);
    assertThat(order(api)).containsExactlyInAnyOrder(ids.get(1), ids.get(2));
    if (profile == Profile.PRODUCTION) {
      assertThat(Sql.number("SELECT bytes FROM storage_usage WHERE owner_id = ?", p.id()))
          .as("the bytes of one photo given back, once")
          .isEqualTo(before - jpeg.length);
    }
  }

  /** Whether any stored object (original or derivative) of the photo is under the folder. */
  private static boolean stored(java.nio.file.Path folder, String photoId) throws Exception {
    if (!java.nio.file.Files.isDirectory(folder)) {
      return false;
    }
    try (var files = java.nio.file.Files.walk(folder)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith(photoId));
    }
  }

  private static List<String> order(Api api) {
    return api.get("/api/v1/me/portfolio").array().stream()
        .map(v -> v.asJsonObject().getString("id"))
        .toList();
  }

  private static List<String> publicOrder(Profile profile, String photographerId) {
    return profile
        .api(profile.sakura())
        .get("/api/v1/photographers/" + photographerId)
        .json()
        .getJsonArray("portfolio")
        .stream()
        .map(v -> v.asJsonObject().getString("id"))
        .toList();
  }

  @Test
  void aPortfolioUploadThatIsNotAnImageIsRefused() {
    Accounts.Photographer p = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api.Answer refused =
        p.api().postBytes("/api/v1/me/portfolio", "not a photo".getBytes(), "image/jpeg");
    assertThat(refused.status()).isEqualTo(415);
    assertThat(
            Accounts.customer(Env.SAKURA)
                .postBytes("/api/v1/me/portfolio", Images.jpegWithGps(64, 64), "image/jpeg")
                .status())
        .as("customers have no portfolio")
        .isEqualTo(403);
  }

  @Test
  void uploadsStopAtTheUsersAndTheMarketplacesQuotaEvenInParallel() throws Exception {
    byte[] jpeg = Images.jpeg(900, 600, java.awt.Color.CYAN);
    long size = jpeg.length;
    String restore =
        "UPDATE tenant SET user_photo_quota_bytes = 200000000000,"
            + " photo_quota_bytes = 20000000000000 WHERE id = 'sakura'";
    try {
      // Room for two photos per user.
      Sql.execute(
          "UPDATE tenant SET user_photo_quota_bytes = CAST(? AS BIGINT) WHERE id = 'sakura'",
          String.valueOf(size * 2 + size / 2));
      Accounts.Photographer p = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
      java.util.List<java.util.concurrent.Callable<Api.Answer>> uploads =
          new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        uploads.add(() -> p.api().postBytes("/api/v1/me/portfolio", jpeg, "image/jpeg"));
      }
      var answers = Concurrently.run(uploads);
      assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(2);
      var refused = answers.stream().filter(a -> a.status() != 201).toList();
      assertThat(refused).hasSize(4).allSatisfy(a -> assertThat(a.status()).isEqualTo(403));
      assertThat(refused.get(0).header("Content-Type")).startsWith("application/problem+json");
      assertThat(refused.get(0).json().getString("detail")).contains("storage", "KB");
      assertThat(Sql.number("SELECT COUNT(*) FROM photo WHERE owner_id = ?", p.id())).isEqualTo(2);
      assertThat(Sql.number("SELECT bytes FROM storage_usage WHERE owner_id = ?", p.id()))
          .as("refused uploads hold nothing")
          .isEqualTo(size * 2);

      // The marketplace's quota: room for one more photo in the whole tenant.
      long used =
          Sql.number(
              "SELECT bytes FROM storage_usage WHERE tenant_id = 'sakura' AND owner_id = ?", "*");
      Sql.execute(
          "UPDATE tenant SET user_photo_quota_bytes = 200000000000,"
              + " photo_quota_bytes = CAST(? AS BIGINT) WHERE id = 'sakura'",
          String.valueOf(used + size + size / 2));
      Accounts.Photographer other = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
      var fits = other.api().postBytes("/api/v1/me/portfolio", jpeg, "image/jpeg");
      assertThat(fits.status()).as(fits + " with " + used + " used").isEqualTo(201);
      var full = other.api().postBytes("/api/v1/me/portfolio", jpeg, "image/jpeg");
      assertThat(full.status()).isEqualTo(403);
      assertThat(full.json().getString("detail")).contains("marketplace");
    } finally {
      Sql.execute(restore);
    }
  }
}
