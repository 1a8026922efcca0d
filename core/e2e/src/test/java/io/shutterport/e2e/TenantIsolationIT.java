package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tenant A's ids are not found on tenant B, nor by another user of tenant A. */
class TenantIsolationIT {
  private static String bookingId;
  private static String photographerId;
  private static String photoId;

  @BeforeAll
  static void aSakuraBooking() {
    Mailbox.server();
    Api sakuraCustomer = Accounts.demo(Env.SAKURA, "customer@sakura.example");
    var result = // a demo photographer with a cover photo (other tests add photographers without)
        new Api(Env.SAKURA)
                .get("/api/v1/photographers?category=shichigosan")
                .array()
                .getValuesAs(jakarta.json.JsonObject.class)
                .stream()
                .filter(r -> r.get("coverPhotoId") instanceof jakarta.json.JsonString)
                .findFirst()
                .orElseThrow();
    photographerId = result.getJsonObject("photographer").getString("photographerId");
    photoId = result.getString("coverPhotoId");
    String planId = new Api(Env.SAKURA).firstPlanOf(photographerId);
    var booking = sakuraCustomer.book(planId, 40);
    assertThat(booking.status()).as(booking.toString()).isEqualTo(201);
    bookingId = booking.json().getString("id");
  }

  @Test
  void anotherTenantsBookingProfileAndPhotoAreNotFound() {
    Api pawsCustomer = Accounts.demo(Env.PAWS, "customer@paws.example");
    assertThat(pawsCustomer.get("/api/v1/bookings/" + bookingId).status()).isEqualTo(404);
    assertThat(pawsCustomer.get("/api/v1/bookings/" + bookingId + "/messages").status())
        .isEqualTo(404);
    assertThat(
            pawsCustomer
                .post("/api/v1/bookings/" + bookingId + "/cancel", Api.obj(Map.of()))
                .status())
        .isEqualTo(404);
    assertThat(pawsCustomer.get("/api/v1/photographers/" + photographerId).status()).isEqualTo(404);
    assertThat(pawsCustomer.get("/api/v1/photos/" + photoId + "/thumbnail").status())
        .isEqualTo(404);
    assertThat(pawsCustomer.get("/api/v1/photos/" + photoId + "/original").status()).isEqualTo(404);
    Api pawsOperator = Accounts.demo(Env.PAWS, "operator@paws.example");
    assertThat(pawsOperator.get("/api/v1/bookings/" + bookingId).status()).isEqualTo(404);
    assertThat(
            pawsOperator.get("/api/v1/operator/bookings").array().stream()
                .map(b -> b.asJsonObject().getString("id")))
        .doesNotContain(bookingId);
  }

  @Test
  void searchOnAnotherTenantNeverListsThisTenantsPhotographers() {
    String date =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(20).toString();
    String sakuraIds = idsOf(new Api(Env.SAKURA).get("/api/v1/photographers?date=" + date));
    assertThat(sakuraIds).as("the sakura search itself finds them").contains(photographerId);
    for (String query :
        List.of("", "?date=" + date, "?category=shichigosan&date=" + date, "?keyword=写真")) {
      Api.Answer paws = new Api(Env.PAWS).get("/api/v1/photographers" + query);
      assertThat(paws.status()).isEqualTo(200);
      assertThat(idsOf(paws)).as(query).doesNotContain(photographerId);
    }
  }

  private static String idsOf(Api.Answer response) {
    return response.array().stream()
        .map(r -> r.asJsonObject().getJsonObject("photographer").getString("photographerId"))
        .toList()
        .toString();
  }

  @Test
  void anotherUserOfTheSameTenantCannotSeeTheBooking() {
    Api stranger = Accounts.signUp(Env.SAKURA, Env.unique("stranger"), "Stranger", "CUSTOMER");
    assertThat(stranger.get("/api/v1/bookings/" + bookingId).status()).isEqualTo(404);
    assertThat(stranger.get("/api/v1/bookings/" + bookingId + "/photos").status()).isEqualTo(404);
    assertThat(stranger.get("/api/v1/photos/" + photoId + "/original").status()).isEqualTo(404);
  }

  @Test
  void aSessionFromOneTenantIsNotLoggedInOnAnother() {
    Api sakura = Accounts.demo(Env.SAKURA, "customer@sakura.example");
    assertThat(sakura.get("/api/v1/auth/me").status()).isEqualTo(200);
    // The same cookie jar (cookies are per host) sent to the other tenant's host name: no session.
    assertThat(new Api(Env.PAWS).get("/api/v1/auth/me").status()).isEqualTo(401);
  }
}
