package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The console's tuning, on a phone in Japanese: the marketplace's own wording of any text with a
 * preview, the ranking weights with a preview of the results they give, and the cancellation policy
 * as customers will read it while the operator types it.
 */
class MarketplaceWordingIT {
  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void anOperatorRewordsAPageWithAPreviewAndVisitorsReadItInBothLanguages() throws Exception {
    String id = "wording-" + MarketplaceConsoleIT.nonce();
    String host = id + ".localhost";
    String email = Env.unique("operator");
    Api operator = MarketplaceConsoleIT.newMarketplace(id, host, email);

    Browser browser = browsers.phone(host + ":" + Env.PORT);
    browser.login(email, Env.PASSWORD);
    browser.open("/lang?to=ja&next=/operator/copy");
    assertThat(browser.text("#no-copy")).isNotBlank();
    browser.type("#form\\:key_input", "ご利用の");
    browser.click(".ui-autocomplete-panel li[data-item-value='home.how']");
    browser.waitForScript(
        "var t = document.getElementById('form:ja'); return t && t.value === 'ご利用の流れ' ? 1 : null;");
    assertThat(browser.find("#form\\:en").getAttribute("value")).isEqualTo("How it works");
    browser.retype("#form\\:ja", "撮影までの3ステップ");
    browser.waitFor("#preview-ja-text", "撮影までの3ステップ");
    assertThat(browser.text("#form\\:preview-ja")).as("the default beside it").contains("ご利用の流れ");
    browser.retype("#form\\:en", "Three steps to your shoot");
    browser.waitFor("#preview-en-text", "Three steps to your shoot");
    assertThat(browser.accessibilityProblems()).isEmpty();
    assertThat(browser.overflowing()).isEmpty();
    browser.submit("#form\\:save");
    assertThat(browser.text(".sp-copy-row[data-key='home.how']"))
        .contains("撮影までの3ステップ")
        .contains("Three steps to your shoot");
    browser.screenshot("console-wording-ja-phone");

    assertThat(new Api(host + ":" + Env.PORT, "ja").get("/").text())
        .contains("撮影までの3ステップ")
        .doesNotContain("ご利用の流れ");
    assertThat(new Api(host + ":" + Env.PORT, "en").get("/").text())
        .contains("Three steps to your shoot")
        .doesNotContain("How it works");
    assertThat(new Api(Env.SAKURA, "ja").get("/").text())
        .as("another marketplace keeps its wording")
        .contains("ご利用の流れ");
    assertThat(operator.get("/api/v1/operator/settings/copy").json().getJsonObject("ja"))
        .containsEntry("home.how", jakarta.json.Json.createValue("撮影までの3ステップ"));

    // Bad wording is refused whole, in the operator's language, and changes nothing.
    Api ja = new Api(host + ":" + Env.PORT, "ja");
    assertThat(ja.login(email, Env.PASSWORD).status()).isEqualTo(200);
    var unknown =
        ja.put("/api/v1/operator/settings/copy/no.such.key", Api.obj(Map.of("ja", "x", "en", "y")));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.text()).contains("一覧から文言を選んでください");
    var tooLong =
        ja.put(
            "/api/v1/operator/settings/copy/home.featured",
            Api.obj(Map.of("ja", "ok", "en", "x".repeat(2001))));
    assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
    assertThat(operator.get("/api/v1/operator/settings/copy").json().getJsonObject("ja"))
        .as("the Japanese half of a refused change is not kept")
        .doesNotContainKey("home.featured");
    // Operators saving the same text at once: every answer is a save or a conflict, never a 500,
    // and one wording stands.
    var racing =
        Concurrently.times(
            8,
            () ->
                ja.put(
                    "/api/v1/operator/settings/copy/home.step1",
                    Api.obj(Map.of("ja", "同時に保存", "en", "Saved at once"))));
    assertThat(racing).extracting(Api.Answer::status).allMatch(s -> s == 200 || s == 409);
    assertThat(racing).extracting(Api.Answer::status).contains(200);
    assertThat(operator.get("/api/v1/operator/settings/copy").json().getJsonObject("en"))
        .containsEntry("home.step1", jakarta.json.Json.createValue("Saved at once"));
    var customer = Accounts.signUp(host + ":" + Env.PORT, Env.unique("c"), "客", "CUSTOMER");
    assertThat(
            customer
                .put("/api/v1/operator/settings/copy/home.how", Api.obj(Map.of("ja", "x")))
                .status())
        .isEqualTo(403);

    browser.submit(".sp-copy-row[data-key='home.how'] .sp-reset-copy");
    assertThat(browser.all(".sp-copy-row[data-key='home.how']")).isEmpty();
    assertThat(new Api(host + ":" + Env.PORT, "ja").get("/").text()).contains("ご利用の流れ");

    browser.open("/operator/settings");
    browser.retype("#weightsForm\\:rating", "60");
    browser.retype("#weightsForm\\:price", "0");
    browser.retype("#weightsForm\\:relevance", "30");
    browser.click("#weightsForm\\:previewWeights");
    browser.waitVisible("#weights-empty"); // a new marketplace has no photographers yet
    browser.submit("#weightsForm\\:saveWeights");
    assertThat(browser.text("#messages")).contains("保存しました");
    assertThat(operator.get("/api/v1/operator/settings").json().getString("rankingWeights"))
        .isEqualTo("distance=25,availability=25,rating=60,response=15,price=0,relevance=30");
  }

  @Test
  void anOperatorPreviewsRankingWeightsAndThePolicyBeforeSaving() {
    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    String saturday =
        LocalDate.now(ZoneId.of("Asia/Tokyo"))
            .with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
            .plusWeeks(1)
            .toString();
    String weights = "distance=0,availability=0,rating=100,response=0,price=0";
    var expected =
        operator.get(
            "/api/v1/operator/settings/ranking/preview?weights="
                + URLEncoder.encode(weights, StandardCharsets.UTF_8)
                + "&date="
                + saturday);
    assertThat(expected.status()).as(expected.toString()).isEqualTo(200);
    List<JsonObject> rows = expected.array().getValuesAs(JsonObject.class);
    assertThat(rows).as("the demo has photographers free on Saturdays").isNotEmpty();
    String before = operator.get("/api/v1/operator/settings").json().getString("rankingWeights");
    var negative =
        operator.put(
            "/api/v1/operator/settings/ranking", Api.obj(Map.of("weights", "rating=-1,price=5")));
    assertThat(negative.status()).as(negative.toString()).isEqualTo(400);

    Browser browser = browsers.phone(Env.SAKURA);
    browser.login("operator@sakura.example", Env.DEMO_PASSWORD);
    browser.open("/lang?to=ja&next=/operator/settings");
    browser.retype("#weightsForm\\:distance", "0");
    browser.retype("#weightsForm\\:availability", "0");
    browser.retype("#weightsForm\\:rating", "100");
    browser.retype("#weightsForm\\:response", "0");
    browser.retype("#weightsForm\\:price", "0");
    browser.setValue("#weightsForm\\:previewDate", saturday);
    browser.click("#weightsForm\\:previewWeights");
    browser.waitVisible("#weights-table .sp-weights-row");
    List<WebElement> shown = browser.all("#weights-table .sp-weights-row");
    assertThat(shown).hasSize(rows.size());
    assertThat(shown.get(0).getText())
        .startsWith("1")
        .contains(rows.get(0).getString("displayName"));
    assertThat(operator.get("/api/v1/operator/settings").json().getString("rankingWeights"))
        .as("a preview saves nothing")
        .isEqualTo(before);

    browser.retype("#weightsForm\\:rating", "0");
    browser.click("#weightsForm\\:previewWeights");
    browser.waitFor("#messages", "すべて0は不可");

    browser.retype("#rulesForm\\:cancellationPolicy", "168h:20,72h:50,24h:100;compensation=10");
    browser.waitForScript(
        "return document.querySelectorAll('#policy-table .sp-policy-row').length === 4 ? 1 : null;");
    assertThat(browser.all("#policy-table .sp-policy-fee"))
        .extracting(WebElement::getText)
        .extracting(t -> t.substring(0, t.indexOf('%') + 1))
        .containsExactly("0%", "20%", "50%", "100%");
    assertThat(browser.all("#policy-table .sp-policy-refund").get(2).getText()).contains("15,000");
    assertThat(browser.text(".sp-policy-notes")).contains("10%");
    browser.retype("#rulesForm\\:cancellationPolicy", "72h:50,24h:20");
    browser.waitVisible("#policy-problem");
    assertThat(browser.accessibilityProblems()).isEmpty();
    assertThat(browser.overflowing()).isEmpty();
    browser.screenshot("console-tuning-ja-phone");
    assertThat(operator.get("/api/v1/operator/rules").json().getString("cancellationPolicy"))
        .as("typing saves nothing")
        .isNotEqualTo("72h:50,24h:20");
  }
}
