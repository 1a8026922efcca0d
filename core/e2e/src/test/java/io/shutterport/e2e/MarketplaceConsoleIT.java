package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The platform console (marketplaces on their host names, first operators by invitation) and the
 * operators' settings (theme, categories, languages), with the category plugins' booking questions.
 */
class MarketplaceConsoleIT {
  static final String PLATFORM = "platform.localhost:" + Env.PORT;
  static final String ADMIN = "admin@platform.example";

  static Api admin() {
    return Accounts.demo(PLATFORM, ADMIN);
  }

  static JsonArray array(String... values) {
    var array = Json.createArrayBuilder();
    for (String v : values) {
      array.add(v);
    }
    return array.build();
  }

  /** A valid marketplace form; tests change one field at a time. */
  static Map<String, Object> form(String id, String operatorEmail, String... hosts) {
    Map<String, Object> form = new HashMap<>();
    form.put("id", id);
    form.put("name", "Hanayome " + id);
    form.put("hosts", array(hosts));
    form.put("defaultLocale", "ja");
    form.put("currency", "JPY");
    form.put("timeZone", "Asia/Tokyo");
    form.put("theme", "bridal");
    form.put("categoryPlugins", array("category-wedding"));
    form.put("operatorEmail", operatorEmail);
    form.put("operatorName", "花嫁 運営");
    return form;
  }

  static String nonce() {
    return Long.toString(System.nanoTime(), 36);
  }

  /** Creates a marketplace and returns its operator, logged in after choosing a password. */
  static Api newMarketplace(String id, String host) {
    return newMarketplace(id, host, Env.unique("operator"));
  }

  /** {@link #newMarketplace(String, String)} with the operator's e-mail address chosen. */
  static Api newMarketplace(String id, String host, String operatorEmail) {
    var created = admin().post("/api/v1/platform/tenants", Api.obj(form(id, operatorEmail, host)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String link = Mailbox.linkTo(operatorEmail, "/reset?token=");
    assertThat(link).as("the invitation links to the new marketplace").contains(host);
    String token = URI.create(link).getQuery().substring("token=".length());
    Api operator = new Api(host + ":" + Env.PORT);
    var chosen =
        operator.post(
            "/api/v1/auth/password-reset/confirm",
            Api.obj(Map.of("token", token, "password", Env.PASSWORD)));
    assertThat(chosen.status()).as(chosen.toString()).isIn(200, 204);
    var login = operator.login(operatorEmail, Env.PASSWORD);
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return operator;
  }

  @Test
  void thePlatformAdministratorCreatesAMarketplaceThatAnswersOnItsHostAtOnce() {
    String id = "hanayome-" + nonce();
    String host = id + ".localhost";
    assertThat(new Api(host + ":" + Env.PORT).get("/").status())
        .as("nothing answers on the host before")
        .isEqualTo(404);

    Api operator = newMarketplace(id, host);

    Api visitor = new Api(host + ":" + Env.PORT, "ja");
    var home = visitor.get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.text())
        .as("the brand is the marketplace's name, in the chosen theme")
        .contains("Hanayome " + id)
        .contains("/theme/bridal/vars.css");
    JsonArray categories = visitor.get("/api/v1/categories").array();
    assertThat(categories.getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("id"))
        .containsExactly("maedori", "engagement", "maternity");
    assertThat(admin().get("/api/v1/platform/tenants").array().getValuesAs(JsonObject.class))
        .anySatisfy(
            t -> {
              assertThat(t.getString("id")).isEqualTo(id);
              assertThat(t.getJsonArray("hosts").getString(0)).isEqualTo(host);
            })
        .noneSatisfy(t -> assertThat(t.getString("id")).isEqualTo("platform"));
    var audit = operator.get("/api/v1/operator/audit");
    assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
    assertThat(audit.array().getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("action"))
        .contains("marketplace.create", "operator.invite");
  }

  @Test
  void badMarketplaceFormsAreRefusedFieldByFieldAndNothingIsCreated() {
    Api admin = new Api(PLATFORM, "ja");
    assertThat(admin.login(ADMIN, Env.DEMO_PASSWORD).status()).isEqualTo(200);
    int before = admin.get("/api/v1/platform/tenants").array().size();
    String id = "bad-" + nonce();
    String email = Env.unique("operator");
    List<Object[]> cases = new ArrayList<>();
    cases.add(new Object[] {"hosts", array("bad host!.localhost")});
    cases.add(new Object[] {"hosts", array("http://x.localhost")});
    cases.add(new Object[] {"hosts", array("x.localhost:8080")});
    cases.add(new Object[] {"hosts", array("a-" + id + ".localhost", "A-" + id + ".localhost")});
    cases.add(new Object[] {"hosts", array("sakura.localhost")});
    cases.add(new Object[] {"hosts", array("platform.localhost")});
    cases.add(new Object[] {"hosts", array()});
    cases.add(new Object[] {"id", "sakura"});
    cases.add(new Object[] {"id", "Bad_ID"});
    cases.add(new Object[] {"id", "platform"});
    cases.add(new Object[] {"theme", "no-such-theme"});
    cases.add(new Object[] {"categoryPlugins", array("storage-local")});
    cases.add(new Object[] {"timeZone", "Mars/Olympus"});
    cases.add(new Object[] {"currency", "XYZ"});
    cases.add(new Object[] {"defaultLocale", "fr"});
    cases.add(new Object[] {"operatorEmail", "not-an-email"});
    cases.add(new Object[] {"name", ""});
    for (Object[] c : cases) {
      Map<String, Object> form = form(id, email, id + ".localhost");
      form.put((String) c[0], c[1]);
      var answer = admin.post("/api/v1/platform/tenants", Api.obj(form));
      assertThat(answer.status()).as(c[0] + "=" + c[1] + ": " + answer).isEqualTo(400);
      assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class))
          .as(c[0] + "=" + c[1])
          .anySatisfy(
              e -> {
                assertThat(e.getString("field")).isEqualTo(c[0]);
                assertThat(e.getString("message")).as("localised").matches(".*[ぁ-んァ-ン一-龥].*");
              });
    }
    assertThat(admin.get("/api/v1/platform/tenants").array().size()).isEqualTo(before);
    assertThat(new Api(id + ".localhost:" + Env.PORT).get("/").status()).isEqualTo(404);
  }

  @Test
  void twoAdministratorsClaimingOneHostAtOnceGetOneMarketplace() throws Exception {
    String host = "race-" + nonce() + ".localhost";
    List<Callable<Api.Answer>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String id = "race-" + i + "-" + nonce();
      Api admin = admin();
      calls.add(
          () ->
              admin.post(
                  "/api/v1/platform/tenants", Api.obj(form(id, Env.unique("operator"), host))));
    }
    var answers = Concurrently.run(calls);
    assertThat(answers).extracting(Api.Answer::status).containsOnly(201, 400);
    assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
    assertThat(
            admin().get("/api/v1/platform/tenants").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonArray("hosts").getString(0).equals(host))
                .count())
        .isEqualTo(1);
  }

  @Test
  void noMarketplaceUserReachesThePlatformConsoleAndThePlatformHostServesNoMarketplace() {
    Api sakuraOperator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    assertThat(sakuraOperator.get("/api/v1/platform/tenants").status()).isEqualTo(403);
    var onPlatform = new Api(PLATFORM).login("operator@sakura.example", Env.DEMO_PASSWORD);
    assertThat(onPlatform.status()).as("a marketplace account is unknown there").isEqualTo(401);
    Api anonymous = new Api(PLATFORM);
    assertThat(anonymous.get("/api/v1/platform/tenants").status()).isEqualTo(401);
    assertThat(anonymous.get("/search").status()).isEqualTo(404);
    assertThat(anonymous.get("/api/v1/categories").status()).isEqualTo(404);
    assertThat(
            anonymous
                .post(
                    "/api/v1/auth/register",
                    Api.obj(
                        Map.of(
                            "email",
                            Env.unique("x"),
                            "password",
                            Env.PASSWORD,
                            "displayName",
                            "x",
                            "role",
                            "CUSTOMER")))
                .status())
        .as("nobody signs up on the platform console")
        .isEqualTo(404);
    assertThat(anonymous.get("/").status()).isEqualTo(302);
  }

  @Test
  void anOperatorSwitchesThemeAndCategoriesWithoutRestartAndBadSettingsChangeNothing() {
    String id = "console-" + nonce();
    String host = id + ".localhost:" + Env.PORT;
    Api operator = newMarketplace(id, id + ".localhost");
    Api visitor = new Api(host, "ja");

    var theme = operator.put("/api/v1/operator/settings/theme", Api.obj(Map.of("theme", "paws")));
    assertThat(theme.status()).as(theme.toString()).isEqualTo(200);
    assertThat(visitor.get("/").text()).contains("/theme/paws/vars.css");
    var badTheme =
        operator.put("/api/v1/operator/settings/theme", Api.obj(Map.of("theme", "../etc")));
    assertThat(badTheme.status()).isEqualTo(400);
    assertThat(visitor.get("/").text()).contains("/theme/paws/vars.css");

    var arranged =
        operator.put(
            "/api/v1/operator/settings/categories",
            Api.obj(
                Map.of(
                    "plugins",
                    array("category-wedding", "category-family"),
                    "order",
                    array("newborn", "maedori"),
                    "hidden",
                    array("engagement"))));
    assertThat(arranged.status()).as(arranged.toString()).isEqualTo(200);
    assertThat(visitor.get("/api/v1/categories").array().getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("id"))
        .containsExactly("newborn", "maedori", "maternity", "family");
    for (Map<String, Object> bad :
        List.<Map<String, Object>>of(
            Map.of("plugins", array("storage-s3")),
            Map.of("plugins", array("category-wedding"), "hidden", array("dog")),
            Map.of("plugins", array("category-wedding"), "order", array("nope")))) {
      var refused = operator.put("/api/v1/operator/settings/categories", Api.obj(bad));
      assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
    }
    assertThat(visitor.get("/api/v1/categories").array().size()).isEqualTo(4);

    var renamed =
        operator.put(
            "/api/v1/operator/settings/profile",
            Api.obj(
                Map.of(
                    "name",
                    "はなよめ写真館",
                    "defaultLocale",
                    "ja",
                    "locales",
                    array("ja", "en"),
                    "timeZone",
                    "Asia/Tokyo")));
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(visitor.get("/").text()).contains("はなよめ写真館");
    var badProfile =
        operator.put(
            "/api/v1/operator/settings/profile",
            Api.obj(
                Map.of(
                    "name",
                    "x",
                    "defaultLocale",
                    "en",
                    "locales",
                    array("ja"),
                    "timeZone",
                    "Nowhere/Land")));
    assertThat(badProfile.status()).isEqualTo(400);
    assertThat(badProfile.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("locales", "timeZone");
    assertThat(visitor.get("/").text()).contains("はなよめ写真館");

    assertThat(operator.get("/api/v1/operator/audit").array().getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("action"))
        .contains("settings.theme", "settings.categories", "settings.profile");

    // Another marketplace's operator, with their own session, cannot change this one.
    Api sakura = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    assertThat(
            sakura
                .onHost(host)
                .put("/api/v1/operator/settings/theme", Api.obj(Map.of("theme", "default")))
                .status())
        .isEqualTo(401);
    assertThat(visitor.get("/").text()).contains("/theme/paws/vars.css");
  }

  @Test
  void aCategorysQuestionsAreCheckedByTypeAndByThePluginsRules() {
    String id = "questions-" + nonce();
    String host = id + ".localhost:" + Env.PORT;
    newMarketplace(id, id + ".localhost");
    var photographer = Accounts.photographer(host, "maedori", 80_000, 120);
    Api customer = Accounts.customer(host);
    Api ja = customer.withLanguage("ja");
    LocalDate shoot = LocalDate.now().plusDays(20);

    var missing = ja.post("/api/v1/bookings", booking(photographer.planId(), shoot, Map.of()));
    assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
    assertThat(missing.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + " " + e.getString("message"))
        .contains("details.weddingDate 「挙式日」に回答してください。", "details.attire 「衣装」に回答してください。");

    var notAChoice =
        ja.post(
            "/api/v1/bookings",
            booking(
                photographer.planId(),
                shoot,
                Map.of("weddingDate", shoot.plusMonths(2).toString(), "attire", "tuxedo")));
    assertThat(notAChoice.status()).isEqualTo(400);
    var unknown =
        ja.post(
            "/api/v1/bookings",
            booking(
                photographer.planId(),
                shoot,
                Map.of(
                    "weddingDate", shoot.plusMonths(2).toString(), "attire", "wasou", "x", "1")));
    assertThat(unknown.status()).isEqualTo(400);

    var weddingFirst =
        ja.post(
            "/api/v1/bookings",
            booking(
                photographer.planId(),
                shoot,
                Map.of("weddingDate", shoot.minusDays(1).toString(), "attire", "wasou")));
    assertThat(weddingFirst.status()).isEqualTo(400);
    assertThat(weddingFirst.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .as("the plugin's own words, in the caller's language")
        .contains("挙式日より前");
    assertThat(customer.get("/api/v1/bookings").array()).as("nothing was booked").isEmpty();

    var booked =
        customer.post(
            "/api/v1/bookings",
            booking(
                photographer.planId(),
                shoot,
                Map.of("weddingDate", shoot.plusMonths(2).toString(), "attire", "both")));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    assertThat(booked.json().getJsonObject("details").getString("attire")).isEqualTo("both");
    var seen =
        photographer.api().withLanguage("ja").get("/booking?id=" + booked.json().getString("id"));
    assertThat(seen.text())
        .as("the photographer sees the answers, the suggested shots and the price hint")
        .contains("和装と洋装")
        .contains("手元と指輪のアップ")
        .contains("id=\"price-hint\"");
  }

  static JsonObject booking(String planId, LocalDate date, Map<String, String> details) {
    var d = Json.createObjectBuilder();
    details.forEach(d::add);
    return Api.obj(
        Map.of(
            "planId", planId, "date", date.toString(), "startTime", "10:00", "details", d.build()));
  }
}
