package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
