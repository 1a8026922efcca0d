package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tips after delivery with the tenant's share for the photographer, and two-sided double-blind
 * reviews after completion: hidden until both wrote or the window ends, one reply, ratings that
 * feed ranking.
 */
class ReviewAndTipIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static OperatorRules rules;
  private static Api operator;

  @BeforeAll
  static void setUp() {
    Mailbox.server();
    rules = new OperatorRules(Env.SAKURA, "operator@sakura.example");
    operator = rules.operator;
  }

  @AfterAll
  static void restore() {
    if (rules != null) {
      rules.restore();
    }
  }

  @Test
  void tipsAfterDeliveryAndBlindReviewsAfterCompletion() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String id = delivered(photographer, customer, 14);
    String base = "/api/v1/bookings/" + id;

    for (String bad : new String[] {"100.5", "0", "-5", "30001", "lots"}) {
      assertThat(customer.post(base + "/tip", Api.obj(Map.of("amount", bad))).status())
          .as(bad)
          .isEqualTo(400);
    }
    var tip = customer.post(base + "/tip", Api.obj(Map.of("amount", "3000")));
    assertThat(tip.status()).as(tip.toString()).isEqualTo(200);
    assertThat(customer.post(base + "/tip", Api.obj(Map.of("amount", "5000"))).status())
        .as("one tip per booking")
        .isEqualTo(409);
    var confirmed =
        operator.post(
            "/api/v1/operator/payments/" + tip.json().getString("id") + "/confirm",
            Api.obj(Map.of("note", "tip received")));
    assertThat(confirmed.json().getString("status")).isEqualTo("CAPTURED");
    assertThat(Sql.sum(id, "CHARGE")).isEqualTo(33000);
    assertThat(Sql.imbalance(id)).isZero();
    assertThat(customer.get(base + "/payment").json().getJsonObject("amount").getInt("minorUnits"))
        .as("the booking's payment is still the booking's")
        .isEqualTo(30000);

    assertThat(customer.post(base + "/reviews", review(5, "素敵でした")).status())
        .as("reviews open at completion")
        .isEqualTo(409);
    assertThat(customer.post(base + "/complete", JsonObject.EMPTY_JSON_OBJECT).status())
        .isEqualTo(200);
    // 30,000 − 15% commission + 90% of the 3,000 tip
    Concurrently.await(() -> Sql.sum(id, "PAYOUT") == 25500 + 2700, "payout with the tip share");
    assertThat(Sql.imbalance(id)).isZero();

    assertThat(customer.post(base + "/reviews", review(6, "")).status()).isEqualTo(400);
    var mine = customer.post(base + "/reviews", review(5, "<script>alert(1)</script>素敵でした"));
    assertThat(mine.status()).as(mine.toString()).isEqualTo(201);
    assertThat(customer.post(base + "/reviews", review(1, "again")).status()).isEqualTo(409);
    assertThat(photographer.api().get(base + "/reviews").array())
        .as("the photographer cannot see it before writing theirs")
        .isEmpty();
    Api anonymous = new Api(Env.SAKURA);
    String publicReviews = "/api/v1/photographers/" + photographer.id() + "/reviews";
    assertThat(anonymous.get(publicReviews).array()).isEmpty();

    assertThat(photographer.api().post(base + "/reviews", review(4, "素敵なご家族でした")).status())
        .isEqualTo(201);
    assertThat(photographer.api().get(base + "/reviews").array()).hasSize(2);
    var shown = anonymous.get(publicReviews).array();
    assertThat(shown).hasSize(1);
    assertThat(shown.getJsonObject(0).getInt("stars")).isEqualTo(5);

    var reply =
        photographer.api().post(base + "/reviews/reply", Api.obj(Map.of("body", "ありがとうございました")));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(
            photographer
                .api()
                .post(base + "/reviews/reply", Api.obj(Map.of("body", "again")))
                .status())
        .isEqualTo(409);
    assertThat(anonymous.get(publicReviews).array().getJsonObject(0).getString("reply"))
        .isEqualTo("ありがとうございました");
    var ranking = photographer.api().get("/api/v1/me/ranking").json();
    assertThat(ranking.getInt("ratingCount")).isEqualTo(1);
    assertThat(ranking.getJsonNumber("ratingAverage").doubleValue()).isEqualTo(5.0);
  }

  @Test
  void aOneSidedReviewIsPublishedWhenTheWindowCloses() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 20000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String id = delivered(photographer, customer, 16);
    assertThat(rules.set("reviewWindow", "PT2S").status()).isEqualTo(200);
    try {
      assertThat(
              customer
                  .post("/api/v1/bookings/" + id + "/complete", JsonObject.EMPTY_JSON_OBJECT)
                  .status())
          .isEqualTo(200);
    } finally {
      rules.restore();
    }
    assertThat(customer.post("/api/v1/bookings/" + id + "/reviews", review(3, "普通でした")).status())
        .isEqualTo(201);
    Api anonymous = new Api(Env.SAKURA);
    Concurrently.await(
        () ->
            anonymous.get("/api/v1/photographers/" + photographer.id() + "/reviews").array().size()
                == 1,
        "the window closes and the review is shown");
  }

  private static String delivered(Accounts.Photographer photographer, Api customer, int days) {
    var request =
        customer.post(
            "/api/v1/bookings",
            Api.obj(
                Map.of(
                    "planId", photographer.planId(),
                    "date", LocalDate.now(TOKYO).plusDays(days).toString(),
                    "startTime", "10:00")));
    String id = request.json().getString("id");
    photographer.api().post("/api/v1/bookings/" + id + "/accept", JsonObject.EMPTY_JSON_OBJECT);
    var payment =
        customer.post("/api/v1/bookings/" + id + "/payment", JsonObject.EMPTY_JSON_OBJECT);
    operator.post(
        "/api/v1/operator/payments/" + payment.json().getString("id") + "/confirm",
        Api.obj(Map.of("note", "seen")));
    Accounts.deliverPhoto(photographer.api(), id, Color.PINK);
    assertThat(customer.get("/api/v1/bookings/" + id).json().getString("status"))
        .isEqualTo("DELIVERED");
    return id;
  }

  private static JsonObject review(int stars, String body) {
    return Json.createObjectBuilder().add("stars", stars).add("body", body).build();
  }
}
