package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search, profile and booking reads take a bounded number of SQL statements (≤ 10), counted by the
 * server itself ({@code X-Sql-Statements}, diagnostics on in the test servers); the booking
 * request, a write that checks availability, holds the calendar, sets its timers and notifies the
 * photographer (centre, mail, reminder) and keeps search's free time of the date in step, takes at
 * most {@value #WRITE_BOUND}. The benchmark checks the read bound against a tenant with 100,000
 * photographers.
 */
class SqlBoundsIT {
  static final int BOUND = 10;

  /**
   * The 15 it had, plus the read and the insert that keep search's free time of the held date in
   * step (docs/matching.md, decision 104).
   */
  static final int WRITE_BOUND = 17;

  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void searchProfileAndBookingStayWithinTheBound() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String date = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(20).toString();
    var booking =
        customer.post(
            "/api/v1/bookings",
            Api.obj(Map.of("planId", photographer.planId(), "date", date, "startTime", "10:00")));
    assertThat(booking.status()).isEqualTo(201);
    Api anonymous = new Api(Env.SAKURA);
    Map<String, Api.Answer> answers =
        Map.of(
            "booking request",
            booking,
            "search",
            anonymous.get("/api/v1/photographers?category=shichigosan&prefecture=kyoto"),
            "search by date, time, budget and keyword",
            anonymous.get(
                "/api/v1/photographers?category=shichigosan&date="
                    + date
                    + "&from=09:00&to=17:00&budget=50000&keyword="
                    + java.net.URLEncoder.encode("撮影", java.nio.charset.StandardCharsets.UTF_8)),
            "profile",
            anonymous.get("/api/v1/photographers/" + photographer.id()),
            "booking",
            customer.get("/api/v1/bookings/" + booking.json().getString("id")),
            "slots",
            anonymous.get(
                "/api/v1/plans/" + photographer.planId() + "/slots?from=" + date + "&to=" + date));
    answers.forEach(
        (what, answer) -> {
          assertThat(answer.status()).as(what + " " + answer).isIn(200, 201);
          assertThat(answer.header("X-Sql-Statements")).as(what).isNotNull();
          assertThat(Integer.parseInt(answer.header("X-Sql-Statements")))
              .as(what + " statements")
              .isBetween(1, what.equals("booking request") ? WRITE_BOUND : BOUND);
        });
  }
}
