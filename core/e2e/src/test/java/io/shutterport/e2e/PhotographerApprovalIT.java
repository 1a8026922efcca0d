package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A marketplace that approves new photographers lists and books them only once approved. */
class PhotographerApprovalIT {
  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void newPhotographersWaitForTheOperator() {
    Api operator = Accounts.demo(Env.PAWS, "operator@paws.example");
    assertThat(operator.put("/api/v1/operator/photographer-approval", required(true)).status())
        .isEqualTo(204);
    try {
      var photographer = Accounts.photographer(Env.PAWS, "dog", 15000, 60);
      Api anonymous = new Api(Env.PAWS);
      Api customer = Accounts.customer(Env.PAWS);
      String date = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30).toString();
      JsonObject booking =
          Api.obj(Map.of("planId", photographer.planId(), "date", date, "startTime", "10:00"));

      assertThat(ids(anonymous.get("/api/v1/photographers?category=dog")))
          .doesNotContain(photographer.id());
      assertThat(anonymous.get("/api/v1/photographers/" + photographer.id()).status())
          .isEqualTo(404);
      assertThat(customer.post("/api/v1/bookings", booking).status()).isEqualTo(404);
      assertThat(
              operator.get("/api/v1/operator/photographers/pending").array().stream()
                  .map(v -> v.asJsonObject().getString("id")))
          .contains(photographer.id());
      assertThat(
              customer
                  .post(
                      "/api/v1/operator/photographers/" + photographer.id() + "/approve",
                      JsonObject.EMPTY_JSON_OBJECT)
                  .status())
          .as("only operators approve")
          .isEqualTo(403);

      var approved =
          operator.post(
              "/api/v1/operator/photographers/" + photographer.id() + "/approve",
              JsonObject.EMPTY_JSON_OBJECT);
      assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
      assertThat(ids(anonymous.get("/api/v1/photographers?category=dog")))
          .contains(photographer.id());
      assertThat(anonymous.get("/api/v1/photographers/" + photographer.id()).status())
          .isEqualTo(200);
      assertThat(customer.post("/api/v1/bookings", booking).status()).isEqualTo(201);
    } finally {
      operator.put("/api/v1/operator/photographer-approval", required(false));
    }
    var free = Accounts.photographer(Env.PAWS, "dog", 15000, 60);
    assertThat(ids(new Api(Env.PAWS).get("/api/v1/photographers?category=dog")))
        .as("without approval, new photographers are listed at once")
        .contains(free.id());
  }

  private static JsonObject required(boolean value) {
    return Json.createObjectBuilder().add("required", value).build();
  }

  private static List<String> ids(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.array().stream()
        .map(v -> v.asJsonObject().getJsonObject("photographer").getString("photographerId"))
        .toList();
  }
}
