package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two production nodes on one PostgreSQL, Redis and S3: a session started on one node is valid on
 * the other (sessions live in Redis), logging out on one ends it on both, and what one node writes
 * the other serves.
 */
class ClusterIT {
  private static final int NODE2 = Integer.getInteger("it.node2.port", 9281);

  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void aSessionWorksOnEveryNodeAndLogoutEndsItEverywhere() {
    Api nodeA = Accounts.demo(Env.SAKURA, "customer@sakura.example");
    Api nodeB = nodeA.onPort(NODE2);
    assertThat(nodeB.get("/api/v1/auth/me").json().getString("email"))
        .isEqualTo("customer@sakura.example");

    assertThat(nodeB.post("/api/v1/auth/logout", Api.obj(Map.of())).status()).isEqualTo(204);
    assertThat(nodeA.get("/api/v1/auth/me").status()).isEqualTo(401);
  }

  @Test
  void aBookingMadeOnOneNodeIsServedByTheOther() {
    Api customerA = Accounts.demo(Env.SAKURA, "customer@sakura.example");
    var hit = new Api(Env.SAKURA).get("/api/v1/photographers?category=omiyamairi").array();
    String photographerId =
        hit.getJsonObject(0).getJsonObject("photographer").getString("photographerId");
    String coverPhotoId = hit.getJsonObject(0).getString("coverPhotoId");
    String planId = new Api(Env.SAKURA).onPort(NODE2).firstPlanOf(photographerId);
    var booking = customerA.book(planId, 50);
    assertThat(booking.status()).as(booking.toString()).isEqualTo(201);
    String bookingId = booking.json().getString("id");

    assertThat(
            customerA.onPort(NODE2).get("/api/v1/bookings/" + bookingId).json().getString("status"))
        .isEqualTo("REQUESTED");
    var thumbnail =
        new Api(Env.SAKURA).onPort(NODE2).get("/api/v1/photos/" + coverPhotoId + "/thumbnail");
    assertThat(thumbnail.status()).isEqualTo(200);
  }

  @Test
  void searchListingsAreReadThroughTheReadReplicasDataSource() {
    for (int port : new int[] {Env.PORT, NODE2}) {
      assertThat(
              new Api(Env.SAKURA)
                  .onPort(port)
                  .get("/api/v1/photographers?category=shichigosan")
                  .status())
          .isEqualTo(200);
    }
    // The read data source names itself to PostgreSQL; on a real deployment it points at the
    // replica (SHUTTERPORT_DB_READ_HOST), here at the same server.
    assertThat(
            Sql.number(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?"
                    + " AND datname = current_database()",
                "shutterport-read"))
        .isPositive();
  }
}
