package io.shutterport.web.theme;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Serves theme files at {@code /theme/<id>/<file>}, and {@code /theme/<id>/vars.css} with the
 * theme's colours and fonts as CSS custom properties.
 */
@WebServlet(urlPatterns = "/theme/*")
public class ThemeServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Themes themes;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String[] parts = path.split("/");
    if (parts.length != 3) {
      response.sendError(404);
      return;
    }
    response.setHeader("Cache-Control", "public, max-age=3600");
    if ("vars.css".equals(parts[2])) {
      Theme theme = themes.get(parts[1]);
      response.setContentType("text/css");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              ":root{--sp-primary:%s;--sp-accent:%s;--sp-background:%s;--sp-text:%s;--sp-font:%s}"
                  .formatted(
                      css(theme.property("color.primary", "#2f4858")),
                      css(theme.property("color.accent", "#f6ae2d")),
                      css(theme.property("color.background", "#ffffff")),
                      css(theme.property("color.text", "#1d1d1f")),
                      css(theme.property("font.family", "sans-serif"))));
      return;
    }
    try (InputStream in = themes.open(parts[1], parts[2])) {
      if (in == null) {
        response.sendError(404);
        return;
      }
      response.setContentType(type(parts[2]));
      in.transferTo(response.getOutputStream());
    }
  }

  /** Theme values are trusted operator input, but never let one close the declaration. */
  private static String css(String value) {
    return value.replaceAll("[;{}<>\\\\]", "");
  }

  private static String type(String file) {
    if (file.endsWith(".css")) {
      return "text/css";
    }
    if (file.endsWith(".svg")) {
      return "image/svg+xml";
    }
    if (file.endsWith(".png")) {
      return "image/png";
    }
    if (file.endsWith(".woff2")) {
      return "font/woff2";
    }
    return file.endsWith(".webp") ? "image/webp" : "image/jpeg";
  }
}
