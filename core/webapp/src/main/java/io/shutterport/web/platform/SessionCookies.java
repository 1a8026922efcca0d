package io.shutterport.web.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} where the site is served over HTTPS: in production,
 * always behind a TLS-terminating proxy or load balancer, unless {@code
 * SHUTTERPORT_COOKIES_SECURE=false} says the nodes are reached over plain HTTP (a test cluster); on
 * the embedded profile (plain HTTP on localhost) only when told. Liberty does not mark the cookie
 * by itself from the forwarded scheme, so it is set here, before the first session.
 */
@WebListener
public class SessionCookies implements ServletContextListener {
  @Override
  public void contextInitialized(ServletContextEvent event) {
    var config = ConfigProvider.getConfig();
    boolean production =
        "production"
            .equals(config.getOptionalValue("shutterport.profile", String.class).orElse(""));
    boolean secure =
        config.getOptionalValue("shutterport.cookies.secure", Boolean.class).orElse(production);
    event.getServletContext().getSessionCookieConfig().setSecure(secure);
  }
}
