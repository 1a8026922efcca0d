package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's journey in real browsers: the platform administrator creates a marketplace on a new
 * host name; its operator chooses a password from the invitation, picks the bridal theme through
 * the live preview and switches the wedding category on; a customer on that host sees the brand and
 * books a 前撮り shoot, answering the wedding category's questions (a wedding date before the shoot is
 * refused in the category's own words). Along the way it saves a screenshot of the home page in
 * every installed theme (target/screenshots/theme-*.png).
 */
class WhiteLabelJourneyIT {
  private static final List<Browser> browsers = new ArrayList<>();

  @org.junit.jupiter.api.extension.RegisterExtension
  static final ScreenshotOnFailure SCREENSHOT_ON_FAILURE =
      new ScreenshotOnFailure(() -> browsers.isEmpty() ? null : browsers.get(browsers.size() - 1));

  private static Browser browser(String host) {
    Browser browser = new Browser(host);
    browsers.add(browser);
    return browser;
  }

  @AfterAll
  static void stop() {
    browsers.forEach(Browser::close);
  }

  @Test
  void aNewBridalMarketplaceFromThePlatformConsoleToAMaedoriBooking() {
    Mailbox.server();
    String id = "bridal-" + Long.toString(System.nanoTime(), 36);
    String hostName = id + ".localhost";
    String host = hostName + ":" + Env.PORT;
    String name = "花嫁フォト " + id.substring(id.length() - 4);
    String operatorEmail = Env.unique("bridal-operator");

    // The platform administrator creates the marketplace on its new host name.
    Browser platform = browser(MarketplaceConsoleIT.PLATFORM);
    platform.login(MarketplaceConsoleIT.ADMIN, Env.DEMO_PASSWORD);
    platform.open("/platform/");
    platform.type("#form\\:id", id);
    platform.type("#form\\:name", name);
    platform.type("#form\\:hosts", hostName);
    platform.select("#form\\:theme", "default");
    platform.type("#form\\:operatorEmail", operatorEmail);
    platform.type("#form\\:operatorName", "花嫁 運営");
    platform.submit("#form\\:create");
    assertThat(platform.text("tr[data-tenant-id='" + id + "'] .sp-tenant-hosts"))
        .contains(hostName);

    // Its operator chooses a password from the invitation and opens the console.
    String link = Mailbox.linkTo(operatorEmail, "/reset?token=");
    Browser operator = browser(host);
    operator.open(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery());
    operator.type("#form\\:password", Env.PASSWORD);
    operator.submit("#form\\:submit");
    operator.login(operatorEmail, Env.PASSWORD);
    operator.open("/lang?to=ja&next=/operator/settings");
    assertThat(operator.find("body").getAttribute("class")).contains("theme-default");

    // The live preview follows the theme chosen, before anything is saved.
    operator.select("#themeForm\\:theme", "bridal");
    operator.waitForScript(
        "var f = document.getElementById('theme-preview');"
            + " var d = f && f.contentDocument;"
            + " return d && d.querySelector('link[href*=\"/theme/bridal/\"]') ? true : null;");
    operator.submit("#themeForm\\:saveTheme");
    assertThat(operator.find("body").getAttribute("class"))
        .as("the next page is drawn in the new theme, without a restart")
        .contains("theme-bridal");

    operator.find("input[name='categoriesForm:categoryPlugins'][value='category-wedding']").click();
    operator.submit("#categoriesForm\\:saveCategories");
    assertThat(operator.text("#category-order")).contains("前撮り").contains("マタニティフォト");
    assertThat(operator.all("tr.sp-category"))
        .extracting(row -> row.getAttribute("data-category-id"))
        .containsExactly("maedori", "engagement", "maternity");

    // The payment plugin's form, drawn from its settings schema.
    operator.type("#plugin-payment-invoice-bankDetails", "花嫁銀行 本店 普通 1111111");
    operator.submit("form[data-plugin-id='payment-invoice'] .sp-save-plugin");
    assertThat(operator.text("#messages")).contains("保存しました");
    assertThat(operator.find("#plugin-payment-invoice-bankDetails").getAttribute("value"))
        .isEqualTo("花嫁銀行 本店 普通 1111111");
    operator.open("/operator/index");
    assertThat(operator.all("#audit tr.sp-audit"))
        .extracting(row -> row.getAttribute("data-action"))
        .contains("settings.theme", "settings.categories", "plugin.configure");

    // One screenshot of the home page per installed theme, through the operator's preview.
    for (String theme : List.of("default", "sakura", "paws", "bridal")) {
      operator.open("/?preview-theme=" + theme);
      assertThat(operator.find("body").getAttribute("class")).contains("theme-" + theme);
      operator.screenshot("theme-" + theme);
    }

    // A photographer offers a 前撮り plan; a customer on the new host books it in the browser.
    var photographer = Accounts.photographer(host, "maedori", 88_000, 120);
    Api customerApi = Accounts.customer(host);
    String customerEmail = customerApi.get("/api/v1/auth/me").json().getString("email");
    Browser customer = browser(host);
    customer.open("/lang?to=ja&next=/");
    assertThat(customer.text("#site-name")).isEqualTo(name);
    assertThat(customer.find("body").getAttribute("class")).contains("theme-bridal");
    customer.login(customerEmail, Env.PASSWORD);
    customer.open("/photographer?id=" + photographer.id());
    LocalDate shoot = LocalDate.now().plusDays(21);
    customer.pickSlot(shoot, "10:00");
    assertThat(customer.find("fieldset[data-category='maedori']").isDisplayed()).isTrue();
    customer.setValue("#detail-maedori-weddingDate", shoot.minusDays(3).toString());
    customer.select("#detail-maedori-attire", "wasou");
    customer.submit("#form\\:book");
    assertThat(customer.text("#messages"))
        .as("the wedding category's own rule, in Japanese")
        .contains("挙式日より前");

    customer.pickSlot(shoot, "10:00");
    customer.setValue("#detail-maedori-weddingDate", shoot.plusMonths(3).toString());
    customer.select("#detail-maedori-attire", "wasou");
    customer.submit("#form\\:book");
    customer.find("#booking-reference");
    assertThat(customer.find("#booking-status").getAttribute("data-status")).isEqualTo("REQUESTED");
    assertThat(customer.text("tr[data-field='attire']")).contains("和装");
    assertThat(customer.text("tr[data-field='weddingDate']"))
        .contains(shoot.plusMonths(3).toString());
    customer.screenshot("bridal-booking");
  }
}
