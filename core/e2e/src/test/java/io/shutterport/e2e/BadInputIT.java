package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Malformed input gets a clear, localised 4xx problem — never a 500, never a leak. */
class BadInputIT {
  private static Api customer;

  @BeforeAll
  static void login() {
    Mailbox.server();
    customer = Accounts.demo(Env.SAKURA, "customer@sakura.example");
  }

  @Test
  void registrationWithBadEmailAndWeakPasswordNamesBothFields() {
    var answer =
        new Api(Env.SAKURA)
            .post(
                "/api/v1/auth/register",
                Api.obj(
                    Map.of(
                        "email",
                        "not-an-email",
                        "password",
                        "123",
                        "displayName",
                        "x",
                        "role",
                        "CUSTOMER")));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(
            answer.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("email", "password");
    assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .isNotBlank();
  }

  @Test
  void errorsAreLocalisedToTheCallersLanguage() {
    var body =
        Api.obj(
            Map.of(
                "email", "bad", "password", Env.PASSWORD, "displayName", "x", "role", "CUSTOMER"));
    var english = new Api(Env.SAKURA, "en").post("/api/v1/auth/register", body);
    var japanese = new Api(Env.SAKURA, "ja").post("/api/v1/auth/register", body);
    assertThat(english.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .isEqualTo("Enter a valid e-mail address.");
    assertThat(japanese.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .isEqualTo("正しいメールアドレスを入力してください。");
  }

  @Test
  void registeringAnExistingEmailLooksTheSameAsANewOne() {
    String email = Env.unique("twice");
    var first = new Api(Env.SAKURA).register(email, "Twice", "CUSTOMER");
    var second = new Api(Env.SAKURA).register(email, "Twice", "CUSTOMER");
    assertThat(first.status()).isEqualTo(202);
    assertThat(second.status()).isEqualTo(202);
    assertThat(second.text()).isEqualTo(first.text());
  }

  @Test
  void loginFailuresDoNotRevealWhetherTheAccountExists() {
    var unknown = new Api(Env.SAKURA).login(Env.unique("nobody"), "whatever-password");
    var wrong = new Api(Env.SAKURA).login("customer@sakura.example", "wrong-password-123");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.text()).isEqualTo(unknown.text());
  }

  @Test
  void passwordResetAnswersTheSameForKnownAndUnknownEmails() {
    var known =
        new Api(Env.SAKURA)
            .post(
                "/api/v1/auth/password-reset", Api.obj(Map.of("email", "customer@sakura.example")));
    var unknown =
        new Api(Env.SAKURA)
            .post("/api/v1/auth/password-reset", Api.obj(Map.of("email", Env.unique("ghost"))));
    assertThat(known.status()).isEqualTo(202);
    assertThat(unknown.text()).isEqualTo(known.text());
  }

  @Test
  void malformedJsonWrongTypesMissingFieldsAndOverlongStringsAre400() {
    assertThat(customer.postRaw("/api/v1/bookings", "{not json", "application/json").status())
        .isEqualTo(400);
    assertThat(
            customer
                .postRaw("/api/v1/bookings", "{\"planId\":{\"a\":1}}", "application/json")
                .status())
        .isEqualTo(400);
    assertThat(customer.postRaw("/api/v1/bookings", "{}", "application/json").status())
        .isIn(400, 404);
    assertThat(customer.postRaw("/api/v1/bookings", "", "application/json").status())
        .isEqualTo(400);
    var longNote =
        customer.post(
            "/api/v1/bookings",
            Api.obj(
                Map.of(
                    "planId", "x".repeat(5000), "date", "2030-01-01", "note", "n".repeat(5000))));
    assertThat(longNote.status()).isEqualTo(400);
    var badDate =
        customer.post("/api/v1/bookings", Api.obj(Map.of("planId", "nope", "date", "tomorrow")));
    assertThat(badDate.status()).isBetween(400, 404);
  }

  @Test
  void unknownIdsAre404() {
    assertThat(customer.get("/api/v1/bookings/00000000-0000-0000-0000-000000000000").status())
        .isEqualTo(404);
    assertThat(customer.get("/api/v1/bookings/" + "z".repeat(300)).status()).isEqualTo(404);
    assertThat(customer.get("/api/v1/photos/nope/original").status()).isEqualTo(404);
    assertThat(new Api(Env.SAKURA).get("/api/v1/photographers/nope").status()).isEqualTo(404);
    var problem = new Api(Env.SAKURA).get("/api/v1/no-such-endpoint");
    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void anonymousAndWrongRoleCallsAreRefused() {
    assertThat(new Api(Env.SAKURA).get("/api/v1/bookings").status()).isEqualTo(401);
    assertThat(customer.get("/api/v1/operator/payments").status()).isEqualTo(403);
    assertThat(customer.put("/api/v1/me/profile", JsonObject.EMPTY_JSON_OBJECT).status())
        .isEqualTo(403);
  }

  @Test
  void searchWithAnUnknownPrefectureIs400() {
    var answer = new Api(Env.SAKURA).get("/api/v1/photographers?prefecture=atlantis");
    assertThat(answer.status()).isEqualTo(400);
  }
}
