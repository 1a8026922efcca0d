package io.shutterport.e2e;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The browsers a test opens: each one's screen is kept when the test fails (before anything is
 * closed), and all are closed after it. Register as {@code @RegisterExtension final Browsers
 * browsers = new Browsers();}.
 */
final class Browsers implements TestExecutionExceptionHandler, AfterEachCallback {
  private final List<Browser> open = new ArrayList<>();

  /** A browser at phone size (390×844). */
  Browser phone(String host) {
    return keep(Browser.phone(host));
  }

  /** A browser at desktop size. */
  Browser desktop(String host) {
    return keep(new Browser(host));
  }

  /**
   * A new photographer on sakura (production), signed in on a phone and shown {@code page} in
   * Japanese.
   */
  Signed photographerOnPhone(String name, String page) {
    String email = Env.unique(name);
    var photographer =
        Accounts.photographer(
            Profile.PRODUCTION, Env.SAKURA, "shichigosan", 30000, 60, "saga", email);
    Browser browser = phone(Env.SAKURA);
    browser.login(email, Env.PASSWORD);
    browser.open("/lang?to=ja&next=" + page);
    return new Signed(photographer, email, browser);
  }

  /** A photographer and the browser they are signed in on. */
  record Signed(Accounts.Photographer photographer, String email, Browser browser) {}

  private Browser keep(Browser browser) {
    open.add(browser);
    return browser;
  }

  /** Closes a browser before the test ends (the next one takes its place). */
  void close(Browser browser) {
    open.remove(browser);
    browser.close();
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable cause)
      throws Throwable {
    String name = "failed-" + context.getRequiredTestMethod().getName();
    for (int i = 0; i < open.size(); i++) {
      ScreenshotOnFailure.keep(open.get(i), i == 0 ? name : name + "-" + i, cause);
    }
    throw cause;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    open.forEach(Browser::close);
    open.clear();
  }
}
