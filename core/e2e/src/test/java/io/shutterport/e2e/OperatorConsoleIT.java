package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The operator console's API beyond settings: plugin forms drawn from each plugin's schema with
 * write-only secrets, the payouts report and CSV exports safe against formula injection, account
 * suspension that ends sessions on every node, and the audit log of it all. Each test runs on a
 * marketplace of its own, created through the platform console.
 */
class OperatorConsoleIT {
  private static final int NODE2 = Integer.getInteger("it.node2.port", 9281);

  private static String newHost(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36) + ".localhost";
  }

  private static JsonObject form(Api operator, String pluginId) {
    return operator
        .get("/api/v1/operator/plugin-settings")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(f -> f.getString("pluginId").equals(pluginId))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject field(JsonObject form, String name) {
    return form.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void pluginFormsFollowTheSchemaAndSecretsAreWriteOnly() {
    String hostName = newHost("forms");
    String host = hostName + ":" + Env.PORT;
    Api operator =
        MarketplaceConsoleIT.newMarketplace(hostName.replace(".localhost", ""), hostName);

    JsonObject invoice = form(operator, "payment-invoice");
    assertThat(invoice.getString("kind")).isEqualTo("PAYMENT");
    assertThat(field(invoice, "bankDetails").getBoolean("required")).isTrue();
    assertThat(field(invoice, "bankDetails").getBoolean("set")).isFalse();
    assertThat(operator.get("/api/v1/operator/plugin-settings").text())
        .as("plugins without settings have no form")
        .doesNotContain("category-wedding");
    assertThat(
            operator
                .put(
                    "/api/v1/operator/settings/categories",
                    Api.obj(
                        Map.of(
                            "plugins",
                            MarketplaceConsoleIT.array("category-wedding", "category-pets"))))
                .status())
        .isEqualTo(200);
    JsonObject pets = form(operator, "category-pets");
    assertThat(pets.getString("kind")).isEqualTo("CATEGORY");
    assertThat(field(pets, "extraAnimalPrice").getString("value"))
        .as("the default")
        .isEqualTo("3000");
    assertThat(
            operator
                .put(
                    "/api/v1/operator/plugin-settings/category-pets",
                    Api.obj(Map.of("extraAnimalPrice", "-5")))
                .status())
        .as("the plugin itself refuses a negative price")
        .isEqualTo(400);
    assertThat(
            operator
                .put(
                    "/api/v1/operator/plugin-settings/category-pets",
                    Api.obj(Map.of("extraAnimalPrice", "2500")))
                .status())
        .isEqualTo(200);
    assertThat(field(form(operator, "category-pets"), "extraAnimalPrice").getString("value"))
        .isEqualTo("2500");

    var missing =
        operator.put("/api/v1/operator/plugin-settings/payment-invoice", Api.obj(Map.of()));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("settings.bankDetails");
    for (Map<String, Object> bad :
        java.util.List.<Map<String, Object>>of(
            Map.of("bankDetails", "x", "dueDays", "soon"),
            Map.of("bankDetails", "x", "nope", "1"))) {
      assertThat(
              operator
                  .put("/api/v1/operator/plugin-settings/payment-invoice", Api.obj(bad))
                  .status())
          .as(bad.toString())
          .isEqualTo(400);
    }
    assertThat(
            operator
                .put("/api/v1/operator/plugin-settings/storage-s3", Api.obj(Map.of("bucket", "x")))
                .status())
        .as("storage is the platform's, not the marketplace's")
        .isEqualTo(404);
    var saved =
        operator.put(
            "/api/v1/operator/plugin-settings/payment-invoice",
            Api.obj(Map.of("bankDetails", "花嫁銀行 本店 普通 7654321", "dueDays", "5")));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(field(form(operator, "payment-invoice"), "bankDetails").getString("value"))
        .isEqualTo("花嫁銀行 本店 普通 7654321");

    // Switch to Stripe with secrets: they are never shown again, and empty keeps them.
    var stripe =
        operator.put(
            "/api/v1/operator/payment-provider",
            Api.obj(
                Map.of(
                    "pluginId",
                    "payment-stripe",
                    "settings",
                    Api.obj(
                        Map.of(
                            "secretKey",
                            "sk_test_visible_never",
                            "webhookSecrets",
                            "whsec_1",
                            "publishableKey",
                            "pk_test_console")))));
    assertThat(stripe.status()).as(stripe.toString()).isEqualTo(204);
    var forms = operator.get("/api/v1/operator/plugin-settings");
    assertThat(forms.text()).doesNotContain("sk_test_visible_never").doesNotContain("whsec_1");
    JsonObject secretKey = field(form(operator, "payment-stripe"), "secretKey");
    assertThat(secretKey.getBoolean("set")).isTrue();
    assertThat(!secretKey.containsKey("value") || secretKey.isNull("value")).isTrue();
    var kept =
        operator.put(
            "/api/v1/operator/plugin-settings/payment-stripe",
            Api.obj(
                Map.of(
                    "secretKey",
                    "",
                    "webhookSecrets",
                    "",
                    "publishableKey",
                    "pk_test_console",
                    "baseUrl",
                    "https://api.stripe.com")));
    assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
    assertThat(field(form(operator, "payment-stripe"), "secretKey").getBoolean("set")).isTrue();
    assertThat(
            operator
                .put(
                    "/api/v1/operator/plugin-settings/payment-stripe",
                    Api.obj(Map.of("baseUrl", "javascript:alert(1)")))
                .status())
        .isEqualTo(400);
    // Saved settings let the operator switch providers back and forth without typing them again.
    assertThat(
            operator
                .put(
                    "/api/v1/operator/payment-provider",
                    Api.obj(Map.of("pluginId", "payment-invoice")))
                .status())
        .isEqualTo(204);
    assertThat(operator.get("/api/v1/operator/audit").text()).contains("settings.payment");
    assertThat(
            operator
                .put(
                    "/api/v1/operator/payment-provider",
                    Api.obj(Map.of("pluginId", "payment-stripe")))
                .status())
        .isEqualTo(204);
    assertThat(
            operator
                .put("/api/v1/operator/payment-provider", Api.obj(Map.of("pluginId", "storage-s3")))
                .status())
        .isEqualTo(400);
    assertThat(operator.get("/api/v1/operator/audit").text())
        .contains("plugin.configure")
        .doesNotContain("sk_test_visible_never")
        .doesNotContain("花嫁銀行");
    assertThat(new Api(host).get("/api/v1/operator/plugin-settings").status()).isEqualTo(401);
  }

  @Test
  void thePayoutsReportAndTheCsvExportsAreRightAndSafeInASpreadsheet() throws Exception {
    String hostName = newHost("payouts");
    String host = hostName + ":" + Env.PORT;
    Api operator =
        MarketplaceConsoleIT.newMarketplace(hostName.replace(".localhost", ""), hostName);
    assertThat(
            operator
                .put(
                    "/api/v1/operator/plugin-settings/payment-invoice",
                    Api.obj(Map.of("bankDetails", "Bank 001 Savings 1234567")))
                .status())
        .isEqualTo(200);
    // The currency can change while no photographer has a plan, and not afterwards.
    Map<String, Object> profile =
        new java.util.HashMap<>(
            Map.of(
                "name", "Payouts",
                "defaultLocale", "ja",
                "locales", MarketplaceConsoleIT.array("ja", "en"),
                "timeZone", "Asia/Tokyo"));
    profile.put("currency", "USD");
    assertThat(operator.put("/api/v1/operator/settings/profile", Api.obj(profile)).status())
        .isEqualTo(200);
    profile.put("currency", "JPY");
    assertThat(operator.put("/api/v1/operator/settings/profile", Api.obj(profile)).status())
        .isEqualTo(200);
    String evilName = "=HYPERLINK(\"http://evil.example\",\"x\")";
    Api photographerApi = Accounts.signUp(host, Env.unique("payee"), evilName, "PHOTOGRAPHER");
    var photographerProfile =
        photographerApi.put(
            "/api/v1/me/profile",
            Api.obj(
                Map.of(
                    "displayName",
                    evilName,
                    "bio",
                    "撮ります",
                    "prefecture",
                    "kyoto",
                    "city",
                    "京都市",
                    "languages",
                    "ja")));
    assertThat(photographerProfile.status()).as(photographerProfile.toString()).isEqualTo(200);
    var plan =
        photographerApi.post(
            "/api/v1/me/plans",
            Api.obj(
                Map.of(
                    "categoryId",
                    "engagement",
                    "title",
                    "エンゲージ",
                    "durationMinutes",
                    60,
                    "price",
                    50000,
                    "photoCount",
                    30)));
    assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
    profile.put("currency", "EUR");
    var locked = operator.put("/api/v1/operator/settings/profile", Api.obj(profile));
    assertThat(locked.status()).isEqualTo(400);
    assertThat(locked.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("currency");
    assertThat(operator.get("/api/v1/operator/settings").json().getString("currency"))
        .isEqualTo("JPY");
    Api customer = Accounts.customer(host);
    String id =
        Accounts.paidBooking(
            customer,
            photographerApi,
            operator,
            plan.json().getString("id"),
            LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(9),
            "10:00",
            "@SUM(1+1)*cmd|' /C calc'!A0");
    String base = "/api/v1/bookings/" + id;
    assertThat(
            photographerApi
                .postBytes(base + "/photos", Images.jpeg(640, 480, Color.ORANGE), "image/jpeg")
                .status())
        .isEqualTo(201);
    assertThat(customer.post(base + "/complete", JsonObject.EMPTY_JSON_OBJECT).status())
        .isEqualTo(200);

    String month = YearMonth.now(ZoneId.of("Asia/Tokyo")).toString();
    Concurrently.await(
        () ->
            operator.get("/api/v1/operator/payouts?month=" + month).array().size() == 1
                && operator
                        .get("/api/v1/operator/payouts?month=" + month)
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("paid")
                        .longValue()
                    == 45_000,
        "the payout (50,000 less the 10% commission) in the report");
    JsonObject row =
        operator.get("/api/v1/operator/payouts?month=" + month).array().getJsonObject(0);
    assertThat(row.getString("name")).isEqualTo(evilName);
    assertThat(row.getInt("bookings")).isEqualTo(1);
    assertThat(operator.get("/api/v1/operator/payouts?month=2001-01").array()).isEmpty();
    assertThat(operator.get("/api/v1/operator/payouts?month=last-month").status()).isEqualTo(400);

    var csv = operator.get("/api/v1/operator/payouts.csv?month=" + month);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.text())
        .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
        .contains("\"45000\"")
        .doesNotContain(",\"=HYPERLINK");
    var bookingsCsv = operator.get("/api/v1/operator/bookings.csv");
    assertThat(bookingsCsv.text())
        .contains("\"'@SUM(1+1)*cmd|' /C calc'!A0\"")
        .contains("\"'=HYPERLINK(")
        .contains(customer.get(base).json().getString("reference"));
    assertThat(customer.get("/api/v1/operator/payouts.csv").status()).isEqualTo(403);
  }

  @Test
  void aSuspendedAccountLosesItsSessionsOnEveryNodeAndItsListings() throws Exception {
    String hostName = newHost("suspend");
    String host = hostName + ":" + Env.PORT;
    Api operator =
        MarketplaceConsoleIT.newMarketplace(hostName.replace(".localhost", ""), hostName);
    var photographer = Accounts.photographer(host, "maedori", 70_000, 120);
    String email = photographer.api().get("/api/v1/auth/me").json().getString("email");
    Api onNode2 = photographer.api().onPort(NODE2);
    assertThat(onNode2.get("/api/v1/auth/me").status())
        .as("one session, both nodes")
        .isEqualTo(200);
    assertThat(new Api(host).get("/api/v1/photographers/" + photographer.id()).status())
        .isEqualTo(200);

    String path = "/api/v1/operator/accounts/" + photographer.id() + "/suspension";
    var suspended = operator.put(path, Api.obj(Map.of("suspended", true)));
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
    assertThat(suspended.json().getBoolean("suspended")).isTrue();
    assertThat(photographer.api().get("/api/v1/auth/me").status()).isEqualTo(401);
    Concurrently.await(
        () -> onNode2.get("/api/v1/auth/me").status() == 401,
        "the session to end on the other node");
    assertThat(new Api(host).login(email, Env.PASSWORD).status()).isEqualTo(401);
    assertThat(new Api(host).get("/api/v1/photographers/" + photographer.id()).status())
        .as("their listing is gone")
        .isEqualTo(404);
    assertThat(operator.get("/api/v1/operator/accounts").array().getValuesAs(JsonObject.class))
        .anySatisfy(
            a -> {
              assertThat(a.getJsonObject("user").getString("id")).isEqualTo(photographer.id());
              assertThat(a.getBoolean("suspended")).isTrue();
            });

    String operatorId = operator.get("/api/v1/auth/me").json().getString("id");
    assertThat(
            operator
                .put(
                    "/api/v1/operator/accounts/" + operatorId + "/suspension",
                    Api.obj(Map.of("suspended", true)))
                .status())
        .as("operators are not suspended this way")
        .isEqualTo(403);
    assertThat(operator.put(path, Json.createObjectBuilder().build()).status()).isEqualTo(400);
    Api sakuraOperator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    assertThat(
            sakuraOperator
                .put(
                    "/api/v1/operator/accounts/" + photographer.id() + "/suspension",
                    Api.obj(Map.of("suspended", false)))
                .status())
        .as("another marketplace's operator cannot see the account")
        .isEqualTo(404);

    assertThat(operator.put(path, Api.obj(Map.of("suspended", false))).status()).isEqualTo(200);
    assertThat(new Api(host).login(email, Env.PASSWORD).status()).isEqualTo(200);
    assertThat(new Api(host).get("/api/v1/photographers/" + photographer.id()).status())
        .isEqualTo(200);
    assertThat(operator.get("/api/v1/operator/audit").array().getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("action"))
        .contains("account.suspend", "account.reinstate");
  }

  @Test
  void anOperatorCancelsADisputedPaidBookingAndTheRefundIsAudited() {
    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 40_000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String id =
        Accounts.paidBooking(
            customer,
            photographer.api(),
            operator,
            photographer.planId(),
            LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(60),
            "11:00",
            "");
    String base = "/api/v1/bookings/" + id;
    assertThat(customer.post(base + "/dispute", Api.obj(Map.of("reason", "連絡が取れません"))).status())
        .isIn(200, 201);
    assertThat(operator.get("/api/v1/operator/disputes").text()).contains(id);

    var cancelled = operator.post(base + "/cancel", Api.obj(Map.of("reason", "OTHER")));
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("cancelledBy")).isEqualTo("OPERATOR");
    assertThat(operator.get("/api/v1/operator/audit").array().getValuesAs(JsonObject.class))
        .anySatisfy(
            e -> {
              assertThat(e.getString("action")).isEqualTo("booking.cancel");
              assertThat(e.getString("target")).isEqualTo(id);
              assertThat(e.getString("detail")).contains("refund=");
            });
  }
}
