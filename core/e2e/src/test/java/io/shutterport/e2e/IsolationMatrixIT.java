package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every booking and shoot-request resource, asked for by a user of another tenant and by another
 * user of the same tenant: 403 or 404, and the booking does not change (SECURITY #13).
 */
class IsolationMatrixIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void strangersReachNothing() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api owner = Accounts.customer(Env.SAKURA);
    var booking =
        owner.post(
            "/api/v1/bookings",
            Api.obj(
                Map.of(
                    "planId", photographer.planId(),
                    "date", LocalDate.now(TOKYO).plusDays(35).toString(),
                    "startTime", "10:00")));
    String id = booking.json().getString("id");
    var request =
        owner.post(
            "/api/v1/shoot-requests",
            Api.obj(
                Map.of(
                    "category",
                    "shichigosan",
                    "prefecture",
                    "okinawa",
                    "date",
                    LocalDate.now(TOKYO).plusDays(36).toString(),
                    "startTime",
                    "10:00",
                    "durationMinutes",
                    60,
                    "budget",
                    "30000")));
    String requestId = request.json().getString("id");

    Map<String, Api> strangers =
        Map.of(
            "same tenant, other customer", Accounts.customer(Env.SAKURA),
            "same tenant, other photographer",
                Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60).api(),
            "other tenant's customer", Accounts.customer(Env.PAWS));
    String b = "/api/v1/bookings/" + id;
    List<String> reads =
        List.of(
            b,
            b + "/payment",
            b + "/messages",
            b + "/photos",
            b + "/reviews",
            "/api/v1/shoot-requests/" + requestId);
    List<String> writes =
        List.of(
            b + "/accept",
            b + "/decline",
            b + "/cancel",
            b + "/confirm",
            b + "/complete",
            b + "/offer",
            b + "/counter",
            b + "/reschedule",
            b + "/reschedule/approve",
            b + "/backup",
            b + "/payment",
            b + "/tip",
            b + "/reviews",
            b + "/messages",
            b + "/messages/read",
            b + "/dispute",
            "/api/v1/shoot-requests/" + requestId + "/proposals/x/accept");
    JsonObject body =
        Api.obj(
            Map.of(
                "date",
                LocalDate.now(TOKYO).plusDays(40).toString(),
                "startTime",
                "11:00",
                "price",
                "1000",
                "amount",
                "1000",
                "body",
                "hi",
                "reason",
                "no show",
                "stars",
                5));
    int checked = 0;
    for (var stranger : strangers.entrySet()) {
      for (String path : reads) {
        var answer = stranger.getValue().get(path);
        assertThat(answer.status()).as(stranger.getKey() + " GET " + path).isIn(403, 404);
        checked++;
      }
      for (String path : writes) {
        var answer = stranger.getValue().post(path, body);
        assertThat(answer.status()).as(stranger.getKey() + " POST " + path).isIn(403, 404);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(3 * (reads.size() + writes.size()));
    var after = owner.get(b).json();
    assertThat(after.getString("status")).isEqualTo("REQUESTED");
    assertThat(after.containsKey("rescheduleStartsAt")).isFalse();
    assertThat(owner.get(b + "/messages").array()).isEmpty();
    assertThat(Sql.number("SELECT COUNT(*) FROM proposal WHERE request_id = ?", requestId))
        .isZero();
  }
}
