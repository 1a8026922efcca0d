package io.shutterport.web.platform;

import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.tenant.TenantService;
import io.shutterport.tenant.TenantView;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Resolves the tenant once per request from the Host header and sets the headers every response
 * carries. An unknown host gets a plain 404 page, never a stack trace.
 */
@WebFilter(filterName = "tenant", urlPatterns = "/*", asyncSupported = true)
public class TenantFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject transient TenantService tenants;
  @Inject transient TenantContext context;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    Optional<TenantView> tenant = tenants.byHost(request.getServerName());
    if (tenant.isEmpty()) {
      unknownHost(request, response);
      return;
    }
    context.enter(tenant.get().id(), origin(request));
    request.setAttribute("tenant", tenant.get());
    chain.doFilter(request, response);
  }

  private static String origin(HttpServletRequest request) {
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(request.getScheme()) && port == 80)
            || ("https".equals(request.getScheme()) && port == 443);
    return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
  }

  private static void unknownHost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(404);
    boolean japanese =
        Optional.ofNullable(request.getHeader("Accept-Language")).orElse("").startsWith("ja");
    if (request.getRequestURI().startsWith("/api/")) {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\""
                  + (japanese
                      ? "このホスト名のマーケットプレイスはありません。"
                      : "No marketplace answers on this host name.")
                  + "\"}");
      return;
    }
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + (japanese ? "ja" : "en")
                + "\"><head><meta charset=\"utf-8\"><title>404</title></head><body style=\"font-family:sans-serif;max-width:40em;margin:4em auto\">"
                + "<h1>404</h1><p>"
                + (japanese
                    ? "このホスト名で運営されているマーケットプレイスはありません。URL をご確認ください。"
                    : "No marketplace answers on this host name. Please check the address.")
                + "</p></body></html>");
  }
}
