package io.shutterport.web.theme;

import io.shutterport.web.platform.Localizer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The marketplace's web app manifest: its own name, its theme's colours and logo, so a customer can
 * add the site to a phone's home screen under the marketplace's brand.
 */
@WebServlet(urlPatterns = "/manifest.webmanifest")
public class ManifestServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Themes themes;
  @Inject transient Localizer localizer;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Theme theme = themes.get(localizer.themeId());
    String name = localizer.message("site.name");
    String logo = theme.property("logo", "logo.svg");
    String manifest =
        Json.createObjectBuilder()
            .add("name", name)
            .add("short_name", name)
            .add("lang", localizer.language())
            .add("start_url", "/")
            .add("scope", "/")
            .add("display", "standalone")
            .add("background_color", theme.property("color.background", "#ffffff"))
            .add("theme_color", theme.property("color.primary", "#2f4858"))
            .add(
                "icons",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("src", "/theme/" + theme.id() + "/" + logo)
                            .add("sizes", "any")
                            .add("type", logo.endsWith(".svg") ? "image/svg+xml" : "image/png")
                            .add("purpose", "any")))
            .build()
            .toString();
    response.setContentType("application/manifest+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.setHeader("Vary", "Accept-Language, Cookie");
    response.getWriter().write(manifest);
  }
}
