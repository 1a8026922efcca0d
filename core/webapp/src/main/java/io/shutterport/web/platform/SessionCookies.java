package io.shutterport.web.platform;

import io.shutterport.platform.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie {@code Secure} where the site is served over HTTPS ({@link
 * Settings#cookiesSecure()}). Liberty does not mark the cookie by itself from the forwarded scheme,
 * so it is set here, before the first session.
 */
@WebListener
public class SessionCookies implements ServletContextListener {
  @Inject Settings settings;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    event.getServletContext().getSessionCookieConfig().setSecure(settings.cookiesSecure());
  }
}
