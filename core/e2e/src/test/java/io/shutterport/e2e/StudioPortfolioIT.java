package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photographer builds their portfolio from the studio on a phone, in Japanese: uploads three
 * photos with progress, makes the last the cover, removes one after confirming, and moves one up
 * the order list — each step seen through the API.
 */
class StudioPortfolioIT {
  @TempDir Path files;
  @RegisterExtension final Browsers browsers = new Browsers();
  private Browser browser;

  @Test
  void aPhotographerUploadsOrdersAndPrunesTheirPortfolioOnAPhone() throws Exception {
    var signed = browsers.photographerOnPhone("studio-portfolio", "/studio/portfolio");
    var photographer = signed.photographer();
    browser = signed.browser();
    StringBuilder paths = new StringBuilder();
    Color[] colors = {Color.RED, Color.GREEN, Color.BLUE};
    for (int i = 0; i < colors.length; i++) {
      Path file = files.resolve("portfolio-" + i + ".jpg");
      Files.write(file, Images.jpeg(1200, 800, colors[i]));
      paths.append(i == 0 ? "" : "\n").append(file);
    }
    browser.find("#no-photos");
    assertThat(browser.overflowing()).as("the page fits a phone's width").isEmpty();
    browser.find("#uploader-files").sendKeys(paths.toString());
    browser.click("#uploader-start");
    browser.waitForScript(
        "return document.getElementById('uploader') && document.getElementById('uploader')"
            + ".getAttribute('data-finished') === 'true' ? true : null;");
    assertThat(browser.all("#uploader-list progress[aria-label]")).hasSize(3);
    browser.reloadUntil(".sp-portfolio-item img", 3); // thumbnails are made in the background
    List<String> uploaded = order(photographer);
    assertThat(uploaded).hasSize(3);
    assertThat(browser.text("#portfolio")).contains("カバー");
    browser.screenshot("studio-portfolio-phone-ja");

    // The third becomes the cover.
    browser.submit("#form\\:photos\\:2\\:cover");
    assertThat(browser.text("#messages")).contains("カバーを変更しました");
    assertThat(order(photographer))
        .containsExactly(uploaded.get(2), uploaded.get(0), uploaded.get(1));

    // The second in the list (the first uploaded) goes, after confirming.
    browser.click("#form\\:photos\\:1\\:remove");
    browser.waitVisible(".ui-confirm-dialog");
    browser.submit("#form\\:confirmYes");
    assertThat(browser.text("#messages")).contains("写真を削除しました");
    assertThat(order(photographer)).containsExactly(uploaded.get(2), uploaded.get(1));

    // The order list: the last moves up, then the order is saved.
    browser.click("#form\\:order .ui-orderlist-item:nth-child(2)");
    browser.click("#form\\:order .ui-orderlist-button-move-up");
    browser.waitForScript(
        "var first = document.getElementById('form:order_values').options[0];"
            + " return first.value === arguments[0] ? true : null;", // the order the form sends
        uploaded.get(1));
    browser.submit("#form\\:saveOrder");
    assertThat(browser.text("#messages")).contains("並び順を保存しました");
    assertThat(order(photographer)).containsExactly(uploaded.get(1), uploaded.get(2));
  }

  private static List<String> order(Accounts.Photographer photographer) {
    return photographer.api().get("/api/v1/me/portfolio").array().stream()
        .map(v -> v.asJsonObject().getString("id"))
        .toList();
  }
}
