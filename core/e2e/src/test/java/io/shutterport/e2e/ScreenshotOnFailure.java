package io.shutterport.e2e;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Saves the browser's screen when a test fails, named after the test — as the failure happens,
 * before {@code @AfterEach} methods close the browser.
 */
final class ScreenshotOnFailure implements TestExecutionExceptionHandler {
  private final Supplier<Browser> browser;

  ScreenshotOnFailure(Supplier<Browser> browser) {
    this.browser = browser;
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable cause)
      throws Throwable {
    keep(browser.get(), "failed-" + context.getRequiredTestMethod().getName(), cause);
    throw cause;
  }

  /** Saves a browser's screen as {@code name}; a failure to save is added to {@code cause}. */
  static void keep(Browser browser, String name, Throwable cause) {
    try {
      if (browser != null) {
        browser.screenshot(name);
      }
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }
}
