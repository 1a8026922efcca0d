package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A visitor on a phone opens a photographer's portfolio photo in the lightbox from the profile,
 * steps to the next with the arrow key and closes it — without an account.
 */
class ProfileLightboxIT {
  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aVisitorBrowsesThePortfolioInTheLightbox() {
    var photographer = Accounts.photographer(Profile.PRODUCTION, 28000);
    List<String> ids = new ArrayList<>();
    for (Color colour : new Color[] {Color.RED, Color.BLUE}) {
      var uploaded =
          photographer
              .api()
              .postBytes("/api/v1/me/portfolio", Images.jpeg(640, 480, colour), "image/jpeg");
      assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
      ids.add(uploaded.json().getString("id"));
    }
    Browser browser = browsers.phone(Env.SAKURA);
    browser.open("/lang?to=ja&next=/photographer?id=" + photographer.id());
    browser.reloadUntil("#portfolio a.sp-preview", 2); // derivatives are made in the background

    browser.click("figure[data-photo-id='" + ids.get(0) + "'] a.sp-preview");
    Object shown =
        browser.waitForScript(
            "var d = document.getElementById('lightbox'), i = d.querySelector('img');"
                + " return d.open && i.complete && i.naturalWidth > 0 ? i.getAttribute('src') : null;");
    assertThat(shown).isEqualTo("/api/v1/photos/" + ids.get(0) + "/preview");
    assertThat(browser.accessibilityProblems()).isEmpty();
    browser.screenshot("profile-lightbox-phone-ja");
    browser.script(
        "document.getElementById('lightbox').dispatchEvent("
            + "new KeyboardEvent('keydown', {key: 'ArrowRight'}));");
    assertThat(
            browser.waitForScript(
                "var s = document.querySelector('#lightbox img').getAttribute('src');"
                    + " return s.indexOf(arguments[0]) >= 0 ? s : null;",
                ids.get(1)))
        .isEqualTo("/api/v1/photos/" + ids.get(1) + "/preview");
    browser.click("#lightbox");
    browser.waitForScript("return document.getElementById('lightbox').open ? null : true;");
  }
}
