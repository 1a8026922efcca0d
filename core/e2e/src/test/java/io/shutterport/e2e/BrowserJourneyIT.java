package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation journey in a real browser on the sakura marketplace: a photographer signs up,
 * builds a profile and plan; a customer finds and books them; the photographer accepts; the
 * customer pays by bank transfer and the operator marks it paid; they exchange messages; the
 * photographer uploads three JPEGs; the customer sees thumbnails and downloads an original that is
 * byte-identical to the upload.
 */
class BrowserJourneyIT {
  private static Browser browser;
  @TempDir static Path uploads;

  @org.junit.jupiter.api.extension.RegisterExtension
  static final ScreenshotOnFailure SCREENSHOT_ON_FAILURE = new ScreenshotOnFailure(() -> browser);

  @BeforeAll
  static void start() {
    Mailbox.server();
    browser = new Browser(Env.SAKURA);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theWholeJourneyThroughThePages() throws Exception {
    String photographerEmail = Env.unique("browser-photographer");
    String customerEmail = Env.unique("browser-customer");
    String photographerName = "桜井 撮影 " + Long.toString(System.nanoTime() % 100000, 36);

    signUp(photographerEmail, photographerName, "PHOTOGRAPHER");
    browser.open("/studio/profile");
    browser.type("#form\\:bio", "七五三とお宮参りの撮影をしています。");
    browser.select("#form\\:prefecture", "kyoto");
    browser.type("#form\\:city", "京都市東山区");
    browser.submit("#form\\:save");
    browser.find("#studio-nav-plans").click();
    browser.choose("form:categoryId", "shichigosan");
    browser.type("#form\\:title", "七五三 ブラウザプラン");
    browser.retype("#form\\:price_input", "33000");
    browser.submit("#form\\:add");
    assertThat(browser.text("#list\\:plans")).contains("七五三 ブラウザプラン", "33,000");
    browser.logout();

    signUp(customerEmail, "山本 家族", "CUSTOMER");
    browser.open("/");
    browser.screenshot("sakura-home");
    browser.select("#home-category", "shichigosan");
    browser.select("#home-prefecture", "kyoto");
    browser.submit("#home-search-go");
    assertThat(browser.text("#results")).contains(photographerName);
    browser.screenshot("sakura-search");
    browser.all(".sp-result").stream()
        .filter(e -> e.getText().contains(photographerName))
        .findFirst()
        .orElseThrow()
        .click();
    browser.find("#photographer-name");
    browser.pickSlot(LocalDate.now().plusDays(21), "10:00");
    browser.type("#form\\:note", "着物で参拝します");
    browser.submit("#form\\:book");
    assertThat(browser.find("#booking-status").getAttribute("data-status")).isEqualTo("REQUESTED");
    String bookingUrl = browser.url();
    browser.type("#form\\:body", "当日はよろしくお願いします！");
    browser.find("#form\\:send").click(); // the chat posts without leaving the page
    browser.waitFor("#messages-list", "当日はよろしくお願いします！");
    browser.logout();

    login(photographerEmail, Env.PASSWORD);
    browser.open(URI.create(bookingUrl).getRawPath() + "?" + URI.create(bookingUrl).getRawQuery());
    browser.submit("#actions\\:accept");
    assertThat(browser.find("#booking-status").getAttribute("data-status")).isEqualTo("ACCEPTED");
    browser.logout();

    login(customerEmail, Env.PASSWORD);
    openBooking(bookingUrl);
    browser.submit("#actions\\:pay");
    assertThat(browser.text("#payment-instructions")).contains("33000 JPY");
    browser.logout();

    login("operator@sakura.example", Env.DEMO_PASSWORD);
    browser.open("/operator/index");
    String bookingId = URI.create(bookingUrl).getQuery().substring("id=".length());
    browser.submit("tr[data-booking-id='" + bookingId + "'] .sp-mark-paid");
    assertThat(browser.all("tr[data-booking-id='" + bookingId + "']")).isEmpty();
    for (String plugin :
        List.of("storage-local", "payment-invoice", "category-japan-ceremonies", "category-pets")) {
      assertThat(browser.text("tr[data-plugin-id='" + plugin + "'] .sp-plugin-state"))
          .isEqualTo("STARTED");
    }
    browser.screenshot("sakura-operator");
    browser.logout();

    login(photographerEmail, Env.PASSWORD);
    openBooking(bookingUrl);
    assertThat(browser.find("#booking-status").getAttribute("data-status")).isEqualTo("PAID");
    assertThat(browser.text("#messages-list")).contains("当日はよろしくお願いします！");
    browser.type("#form\\:body", "承知しました。鳥居の前で10時に。");
    browser.find("#form\\:send").click();
    browser.waitFor("#messages-list", "承知しました。鳥居の前で10時に。");
    List<String> paths = new ArrayList<>();
    List<String> shas = new ArrayList<>();
    Color[] colors = {Color.ORANGE, Color.PINK, Color.CYAN};
    for (int i = 0; i < colors.length; i++) {
      byte[] jpeg = Images.jpeg(1200 + i * 10, 800, colors[i]);
      Path file = uploads.resolve("IMG_000" + i + ".jpg");
      Files.write(file, jpeg);
      paths.add(file.toString());
      shas.add(Images.sha256(jpeg));
    }
    browser.find("#upload\\:files").sendKeys(String.join("\n", paths));
    browser.submit("#upload\\:send");
    assertThat(browser.find("#booking-status").getAttribute("data-status")).isEqualTo("DELIVERED");

    // The uploader: two more at once, straight to storage, each with its progress and overall.
    List<String> more = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      byte[] jpeg = Images.jpeg(900 + i * 10, 600, Color.MAGENTA);
      Path file = uploads.resolve("IMG_010" + i + ".jpg");
      Files.write(file, jpeg);
      more.add(file.toString());
    }
    assertThat(browser.find("#uploader").getAttribute("data-direct")).isEqualTo("true");
    browser.find("#uploader-files").sendKeys(String.join("\n", more));
    browser.find("#uploader-start").click();
    Object seen =
        browser.waitForScript(
            "var r = document.getElementById('uploader');"
                + " if (!r || r.getAttribute('data-finished') !== 'true') return null;"
                + " return [r.getAttribute('data-done'), document.getElementById('uploader-bar').value,"
                + " document.querySelectorAll('#uploader-list li[data-state=done]').length,"
                + " document.getElementById('uploader-summary').textContent];");
    assertThat(String.valueOf(seen))
        .as("files done, overall progress, files shown done, summary")
        .isEqualTo("[2, 100, 2, 2 / 2]");
    browser.waitVisible("#booking-status"); // the uploader opened the booking page afresh
    openBooking(bookingUrl);
    browser.reloadUntil("img.sp-thumb", 5);
    browser.logout();

    login(customerEmail, Env.PASSWORD);
    openBooking(bookingUrl);
    browser.reloadUntil("img.sp-thumb", 5);
    assertThat(browser.text("#messages-list")).contains("承知しました");
    browser.screenshot("sakura-booking");
    assertThat(browser.all(".sp-photo")).hasSize(5);
    assertThat(browser.all(".sp-download"))
        .as("検収: no original to download before the customer accepts the delivery")
        .isEmpty();
    assertThat(browser.all("#zip-all")).isEmpty();

    // A favourite, the ZIP of the favourites, and a preview in the lightbox.
    browser.submit(".sp-photo:nth-of-type(2) .sp-favourite");
    assertThat(browser.all(".sp-photo").get(1).getAttribute("data-selected")).isEqualTo("true");
    assertThat(browser.all(".sp-photo").get(0).getAttribute("data-selected")).isEqualTo("false");
    assertThat(browser.text("#watermark-note")).isNotBlank();
    browser.find(".sp-photo a[href$='/preview']").click();
    var shown = browser.waitVisible("#lightbox img");
    assertThat(shown.getAttribute("src")).endsWith("/preview");
    browser.screenshot("sakura-gallery-lightbox");
    browser.driverPressEscape();

    // The customer shares the gallery with a PIN; a guest without an account opens it.
    browser.type("#share\\:pin", "2580");
    browser.submit("#share\\:go");
    URI link = URI.create(browser.find("#share-link").getAttribute("href"));
    try (Browser guest = new Browser(Env.SAKURA)) {
      guest.open(link.getRawPath() + "?" + link.getRawQuery());
      guest.type("#shared-pin", "1111");
      guest.find("#shared-open").click();
      guest.waitFor("#shared-error", "PIN");
      guest.type("#shared-pin", "2580");
      guest.find("#shared-open").click();
      guest.waitForScript(
          "return document.querySelectorAll('#shared-photos img.sp-thumb').length === 5"
              + " ? true : null;");
      guest.find("#shared-photos a.sp-preview").click();
      assertThat(guest.waitVisible("#lightbox img").getAttribute("src"))
          .contains("/preview?grant=");
      assertThat(guest.cookie("JSESSIONID")).as("guests get no session").isNull();
      guest.screenshot("sakura-shared-gallery");
    }

    // The customer accepts the delivery: the originals open, byte for byte.
    browser.submit("#actions\\:complete");
    browser.find("#zip-all");
    assertThat(browser.find("#zip-favourites").getAttribute("href"))
        .endsWith("selection=favourites");
    var figures = browser.all(".sp-photo");
    String href =
        figures
            .get(0)
            .findElement(org.openqa.selenium.By.cssSelector(".sp-download"))
            .getAttribute("href");
    byte[] original = download(href, browser.cookie("JSESSIONID"));
    assertThat(shas).contains(Images.sha256(original));
    assertThat(Images.sha256(original)).isEqualTo(figures.get(0).getAttribute("data-sha256"));
  }

  @Test
  void eachTenantWearsItsOwnThemeInBothLanguages() {
    try (Browser paws = new Browser(Env.PAWS)) {
      paws.open("/lang?to=ja&next=/");
      String japanese = paws.text("#tagline");
      paws.screenshot("paws-home-ja");
      paws.submit("#lang-switch");
      String english = paws.text("#tagline");
      paws.screenshot("paws-home-en");
      assertThat(japanese).contains("ペット");
      assertThat(english).contains("pet");
      assertThat(paws.all("#site-name").get(0).getAttribute("textContent"))
          .isEqualTo("Paws & Shutter");
    }
    browser.open("/");
    assertThat(browser.find("img.sp-logo").getAttribute("src")).contains("/theme/sakura/");
    browser.open("/this-page-does-not-exist");
    assertThat(browser.text("#error-page")).isNotBlank();
  }

  @Test
  void registrationShowsFieldErrorsForABadEmailAndAWeakPassword() {
    browser.open("/lang?to=en&next=/register");
    browser.type("#form\\:email", "someone@localhost"); // the browser lets it through
    browser.type("#form\\:password", "123");
    browser.type("#form\\:displayName", "Someone");
    browser.submit("#form\\:submit");
    assertThat(browser.text("#form\\:email-error")).isEqualTo("Enter a valid e-mail address.");
    assertThat(browser.text("#form\\:password-error")).contains("at least 10 characters");
    assertThat(browser.all("#register-done")).isEmpty();
  }

  private static void signUp(String email, String name, String role) {
    browser.open("/register");
    browser.type("#form\\:email", email);
    browser.type("#form\\:password", Env.PASSWORD);
    browser.type("#form\\:displayName", name);
    browser.select("#form\\:role", role);
    browser.submit("#form\\:submit");
    browser.find("#register-done");
    String link = Mailbox.linkTo(email, "/verify?token=");
    browser.open(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery());
    browser.find("#verify-ok");
    login(email, Env.PASSWORD);
  }

  private static void login(String email, String password) {
    browser.open("/login");
    browser.type("#form\\:email", email);
    browser.type("#form\\:password", password);
    browser.submit("#form\\:submit");
    browser.find("#logout\\:go");
  }

  private static void openBooking(String url) {
    URI uri = URI.create(url);
    browser.open(uri.getRawPath() + "?" + uri.getRawQuery());
    browser.find("#booking-status");
  }

  private static byte[] download(String href, String session) throws Exception {
    URI uri = URI.create(href);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + Env.PORT + uri.getRawPath()))
            .header("Host", Env.SAKURA)
            .header("Cookie", "JSESSIONID=" + session)
            .build();
    HttpResponse<byte[]> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
