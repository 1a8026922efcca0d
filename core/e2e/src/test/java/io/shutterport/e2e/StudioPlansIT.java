package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A photographer manages their plans from the studio on a phone, in Japanese: adds one with every
 * field (extra time, express delivery, instant booking), sees a wrong express delivery refused
 * beside its input, changes a plan's price and stops offering it after confirming.
 */
class StudioPlansIT {
  private static final String EXPRESS_TOO_LATE = "特急納品はプランの通常納品より早くしてください。";
  @RegisterExtension final Browsers browsers = new Browsers();
  private Browser browser;

  @Test
  void aPhotographerAddsChangesAndRetiresPlansOnAPhone() {
    var signed = browsers.photographerOnPhone("studio-plans", "/studio/plans");
    var photographer = signed.photographer();
    browser = signed.browser();
    browser.find("#form\\:add");
    assertThat(browser.text("h1")).isEqualTo("プラン");
    assertThat(browser.overflowing()).as("the page fits a phone's width").isEmpty();

    browser.choose("form:categoryId", "shichigosan");
    browser.type("#form\\:title", "七五三 たっぷりプラン");
    browser.retype("#form\\:price_input", "45000");
    browser.retype("#form\\:durationMinutes_input", "90");
    browser.retype("#form\\:photoCount_input", "80");
    browser.retype("#form\\:deliveryDays_input", "10");
    browser.retype("#form\\:extraMinutes_input", "30");
    browser.retype("#form\\:extraPrice_input", "6000");
    browser.retype("#form\\:expressDays_input", "12");
    browser.retype("#form\\:expressPrice_input", "9000");
    browser.find("#form\\:instantBook .ui-toggleswitch-slider").click();
    browser.submit("#form\\:add");
    assertThat(browser.all("#form .sp-field-error"))
        .as("express delivery must be sooner than the normal delivery, said beside it")
        .singleElement()
        .satisfies(e -> assertThat(e.getText()).isEqualTo(EXPRESS_TOO_LATE));
    assertThat(browser.find("#form\\:title").getAttribute("value"))
        .as("what was typed stays")
        .isEqualTo("七五三 たっぷりプラン");
    assertThat(plans(photographer)).hasSize(1);
    browser.retype("#form\\:expressDays_input", "3");
    browser.screenshot("studio-plans-phone-ja");
    browser.submit("#form\\:add");
    assertThat(browser.text("#messages")).contains("プランを追加しました");
    assertThat(browser.text("#list\\:plans")).contains("七五三 たっぷりプラン", "即時予約", "45,000");
    JsonArray plans = plans(photographer);
    assertThat(plans).hasSize(2);
    var added =
        plans.getValuesAs(jakarta.json.JsonObject.class).stream()
            .filter(p -> p.getString("title").equals("七五三 たっぷりプラン"))
            .findFirst()
            .orElseThrow();
    assertThat(added.getInt("durationMinutes")).isEqualTo(90);
    assertThat(added.getInt("photoCount")).isEqualTo(80);
    assertThat(added.getInt("deliveryDays")).isEqualTo(10);
    assertThat(added.getInt("extraMinutes")).isEqualTo(30);
    assertThat(added.getInt("expressDays")).isEqualTo(3);
    assertThat(added.getBoolean("instantBook")).isTrue();

    // The first plan (プラン, ¥30,000, the cheapest: first row) gets a new price.
    browser.click("#list\\:plans\\:0\\:edit");
    browser.waitFor("#draft-title", "プランを編集");
    assertThat(browser.find("#form\\:title").getAttribute("value")).isEqualTo("プラン");
    browser.retype("#form\\:price_input", "32000");
    browser.submit("#form\\:add");
    assertThat(browser.text("#messages")).contains("プランを保存しました");
    assertThat(browser.text("#list\\:plans")).contains("32,000");

    // Stop offering it: asked first, then gone from the table and the public profile.
    browser.click("#list\\:plans\\:0\\:retire");
    browser.waitVisible(".ui-confirm-dialog");
    browser.submit("#list\\:confirmYes");
    assertThat(browser.text("#messages")).contains("提供を終了しました");
    assertThat(browser.text("#list\\:plans")).doesNotContain("32,000");
    assertThat(plans(photographer)).hasSize(1);
  }

  private static JsonArray plans(Accounts.Photographer photographer) {
    return new Api(Env.SAKURA)
        .get("/api/v1/photographers/" + photographer.id())
        .json()
        .getJsonObject("profile")
        .getJsonArray("plans");
  }
}
