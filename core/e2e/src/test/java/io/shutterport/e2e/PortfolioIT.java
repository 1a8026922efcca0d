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
}
