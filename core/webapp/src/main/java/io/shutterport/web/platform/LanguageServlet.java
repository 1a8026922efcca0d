package io.shutterport.web.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /lang?to=en&next=/search} remembers the language in a cookie and goes back. */
@WebServlet(urlPatterns = "/lang")
public class LanguageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String to = "en".equals(request.getParameter("to")) ? "en" : "ja";
    Cookie cookie = new Cookie(Localizer.COOKIE, to);
    cookie.setPath("/");
    cookie.setMaxAge(60 * 60 * 24 * 365);
    cookie.setHttpOnly(true);
    response.addCookie(cookie);
    String next = request.getParameter("next");
    // Only local paths: never an open redirect.
    response.sendRedirect(Ui.isLocalPath(next) ? next : "/");
  }
}
