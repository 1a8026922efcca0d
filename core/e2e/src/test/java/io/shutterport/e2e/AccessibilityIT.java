package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * axe-core (Deque's rules, from its Maven package) in the pages at phone size: no serious or
 * critical WCAG 2.1 A/AA violation on the public pages and the account pages of every theme, and on
 * the studio.
 */
class AccessibilityIT {
  @RegisterExtension final Browsers browsers = new Browsers();
  private Browser browser;

  @Test
  void pagesHaveNoSeriousViolationsOnAPhone() {
    String email = Env.unique("a11y");
    var photographer =
        Accounts.photographer(
            Profile.PRODUCTION, Env.SAKURA, "shichigosan", 30000, 60, "saga", email);
    Map<String, List<String>> problems = new java.util.LinkedHashMap<>();
    // Every theme: bridal on hanayome, paws, and the default theme of the platform's own pages.
    for (String host :
        List.of(Env.PAWS, "hanayome.localhost:" + Env.PORT, "platform.localhost:" + Env.PORT)) {
      browser = browsers.phone(host);
      for (String language : new String[] {"ja", "en"}) {
        browser.open("/lang?to=" + language + "&next=/login");
        for (String page :
            host.startsWith("platform") ? List.of("/login") : List.of("/", "/search", "/login")) {
          check(page, host + " " + language, problems);
        }
      }
      browsers.close(browser);
    }
    browser = browsers.phone(Env.SAKURA);
    List<String> anonymous =
        List.of(
            "/",
            "/search?category=shichigosan",
            "/photographer?id=" + photographer.id(),
            "/login",
            "/register",
            "/forgot");
    for (String language : new String[] {"ja", "en"}) {
      browser.open("/lang?to=" + language + "&next=/");
      for (String page : anonymous) {
        check(page, "sakura " + language, problems);
      }
    }
    browser.login(email, Env.PASSWORD);
    for (String page :
        List.of(
            "/studio/profile",
            "/studio/availability",
            "/studio/plans",
            "/studio/portfolio",
            "/studio/earnings",
            "/studio/ranking",
            "/bookings",
            "/notifications")) {
      check(page, "sakura ja", problems);
    }
    assertThat(problems).as("serious or critical accessibility violations").isEmpty();

    // The first Tab reaches the skip link, which takes the keyboard past the header.
    browser.open("/studio/plans");
    browser.find("body").sendKeys(org.openqa.selenium.Keys.TAB);
    assertThat(browser.script("return document.activeElement.id;")).isEqualTo("skip-link");
    assertThat(browser.find("#skip-link").isDisplayed()).isTrue();

    // The header's links fold behind the menu button on a phone.
    assertThat(browser.all("#site-nav").get(0).isDisplayed()).isFalse();
    assertThat((Long) browser.script("return document.querySelector('header').offsetHeight;"))
        .as("the folded header leaves the screen to the page")
        .isLessThan(100L);
    browser.click("#menu-toggle");
    assertThat(browser.find("#site-nav").isDisplayed()).isTrue();
    assertThat(browser.find("#menu-toggle").getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(browser.find("#logout\\:go").isDisplayed()).isTrue();
    assertThat(browser.accessibilityProblems()).as("with the menu open").isEmpty();
  }

  /** Checks one page and keeps its screenshot (one per theme, language and page). */
  private void check(String page, String where, Map<String, List<String>> problems) {
    browser.open(page);
    browser.find("main");
    browser.screenshot(
        "a11y-"
            + (where + " " + page.replaceAll("\\?.*", ""))
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("-+$", ""));
    List<String> found = new ArrayList<>(browser.accessibilityProblems());
    if (!found.isEmpty()) {
      problems.put(where + " " + page, found);
    }
  }
}
