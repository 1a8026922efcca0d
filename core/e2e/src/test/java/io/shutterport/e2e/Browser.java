package io.shutterport.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium through its own chromedriver (no Selenium Manager download). Pages post
 * whole forms, so waits are for the next page's elements, never sleeps.
 */
final class Browser implements AutoCloseable {
  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String host;
  private final Path downloads;

  Browser(String host) {
    this(host, 1280, 1000);
  }

  /**
   * A phone's screen: 390×844 CSS pixels, as an iPhone 12–15 shows pages, with touch. (A window
   * cannot be made that narrow: Chromium keeps windows at least 500 pixels wide, so the phone is
   * emulated.)
   */
  static Browser phone(String host) {
    return new Browser(host, 390, 844);
  }

  Browser(String host, int width, int height) {
    this.host = host;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--disable-extensions",
        "--lang=ja",
        "--window-size=" + Math.max(width, 500) + "," + height);
    try {
      downloads = Files.createTempDirectory("shutterport-downloads");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    if (width < 500) {
      options.setExperimentalOption(
          "mobileEmulation",
          java.util.Map.of(
              "deviceMetrics",
              java.util.Map.of(
                  "width", width, "height", height, "pixelRatio", 1.0, "touch", true)));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    // A document being replaced can make any lookup fail for a moment: keep polling instead.
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
  }

  void open(String path) {
    driver.get("http://" + host + path);
  }

  WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  void type(String css, String text) {
    // A page still settling after a redirect can replace the field under us: find it again.
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (attempt == 3) {
          throw e;
        }
        settled();
      }
    }
  }

  /**
   * Replaces what a field holds by selecting it all and typing, as a person would: for inputs that
   * format as one types (PrimeFaces' number input), where clearing by script is undone.
   */
  void retype(String css, String text) {
    WebElement field = find(css);
    field.click();
    field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    field.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
    field.sendKeys(text);
  }

  /** Waits until the current document has loaded completely. */
  void settled() {
    wait.until(
        d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
  }

  /** Sets a value the way a date or time picker would (their typing format depends on locale). */
  void setValue(String css, String value) {
    driver.executeScript("arguments[0].value = arguments[1];", find(css), value);
  }

  /**
   * Picks a shoot's date and start time on a profile's booking form as a customer does: the date,
   * then one of the free times the slot picker shows for it.
   */
  void pickSlot(java.time.LocalDate date, String time) {
    driver.executeScript(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        find("#form\\:date"),
        date.toString());
    By slot =
        By.xpath(
            "//div[@id='slot-picker'][@data-date-shown='"
                + date
                + "']/button[normalize-space()='"
                + time
                + "']");
    wait.until(ExpectedConditions.elementToBeClickable(slot)).click();
  }

  /** Clicks without waiting for another page (a button that updates this one). */
  void click(String css) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  /**
   * The elements that stick out past the right edge of the screen (outside containers that scroll
   * sideways on purpose, and inside a map, which clips its tiles), as {@code tag#id.class (right
   * edge)}: empty when the page fits.
   */
  @SuppressWarnings("unchecked")
  List<String> overflowing() {
    return (List<String>)
        driver.executeScript(
            "var width = document.documentElement.clientWidth, out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  if (e.closest('.sp-scroll') || !e.getClientRects().length) return;"
                + "  if (e.parentElement && e.parentElement.closest('.leaflet-container')) return;"
                + "  var right = e.getBoundingClientRect().right;"
                + "  if (right > width + 1) out.push(e.tagName.toLowerCase() + '#' + e.id + '.'"
                + "    + String(e.className).split(' ').join('.') + ' (' + Math.round(right) + ')');"
                + "});"
                + "return out.slice(0, 12);");
  }

  /**
   * The page's serious and critical accessibility violations by axe-core's WCAG 2 A/AA rules, as
   * {@code rule (impact): selector…}: empty when there are none.
   */
  List<String> accessibilityProblems() {
    settled();
    var results =
        new com.deque.html.axecore.selenium.AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    List<String> problems = new java.util.ArrayList<>();
    for (var rule : results.getViolations()) {
      if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
        StringBuilder where = new StringBuilder();
        rule.getNodes().stream().limit(3).forEach(n -> where.append(' ').append(n.getTarget()));
        problems.add(rule.getId() + " (" + rule.getImpact() + "):" + where);
      }
    }
    return problems;
  }

  /** Runs a script in the page and gives back its result. */
  Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Picks a value of a PrimeFaces select menu by its client id, as picking it by hand would. */
  void choose(String clientId, String value) {
    find("[id='" + clientId + "']");
    driver.executeScript(
        "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", clientId, value);
  }

  void select(String css, String value) {
    new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
  }

  /** Clicks and waits for the next page to replace this one. */
  void submit(String css) {
    WebElement button = find(css);
    WebElement html = driver.findElement(By.tagName("html"));
    button.click();
    // Chromium reports a replaced document either as a stale element or as "node does not belong
    // to the document"; both mean the next page has arrived.
    wait.until(
        d -> {
          try {
            html.getTagName();
            return false;
          } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
          }
        });
    settled();
  }

  String text(String css) {
    return find(css).getText();
  }

  String url() {
    return driver.getCurrentUrl();
  }

  String cookie(String name) {
    var cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  void waitFor(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  /** Presses Escape, e.g. to close a modal dialog. */
  void driverPressEscape() {
    new org.openqa.selenium.interactions.Actions(driver)
        .sendKeys(org.openqa.selenium.Keys.ESCAPE)
        .perform();
  }

  /** Polls a script every 100 ms until it returns something other than null; returns that. */
  Object waitForScript(String script, Object... args) {
    return new WebDriverWait(driver, Duration.ofSeconds(60))
        .pollingEvery(Duration.ofMillis(100))
        .until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(script, args));
  }

  /** Waits until an element is shown, e.g. an overlay opened by script. */
  WebElement waitVisible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Reloads until {@code count} elements match, for work done by background jobs. */
  void reloadUntil(String css, int count) {
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .pollingEvery(Duration.ofMillis(500))
        .until(
            d -> {
              if (d.findElements(By.cssSelector(css)).size() >= count) {
                return true;
              }
              d.navigate().refresh();
              return false;
            });
  }

  void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Clicks what starts a download and waits for the file whose name starts with {@code prefix};
   * returns its text.
   */
  String download(String css, String prefix) {
    click(css);
    Path file =
        wait.until(
            d -> {
              try (var listing = Files.list(downloads)) {
                return listing
                    .filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                    .findFirst()
                    .orElse(null);
              } catch (IOException e) {
                return null;
              }
            });
    try {
      String text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
      Files.delete(file);
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Logs in through the login page. */
  void login(String email, String password) {
    open("/login");
    type("#form\\:email", email);
    type("#form\\:password", password);
    submit("#form\\:submit");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout:go")));
  }

  void logout() {
    openMenu();
    submit("#logout\\:go");
  }

  /** On a phone, unfolds the header's links behind the menu button (nothing to do elsewhere). */
  void openMenu() {
    WebElement toggle = driver.findElement(By.id("menu-toggle"));
    if (toggle.isDisplayed() && "false".equals(toggle.getAttribute("aria-expanded"))) {
      toggle.click();
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var left = Files.list(downloads)) {
      for (Path file : left.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(downloads);
    } catch (IOException e) {
      // a temporary directory left behind harms nothing
    }
  }
}
