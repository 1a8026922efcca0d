package io.shutterport.web.platform;

import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.tenant.TenantService;
import io.shutterport.tenant.TenantView;
import io.shutterport.web.security.CurrentUser;
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
  @Inject transient CurrentUser currentUser;
  @Inject transient PageCache pages;
  @Inject transient io.shutterport.platform.config.Settings settings;

  /** The request attribute holding the theme id pages are drawn in. */
  public static final String THEME = "shutterport.theme";

  /** The query parameter of the operator's theme preview. */
  public static final String PREVIEW = "preview-theme";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!settings.nodeRole().servesRequests()) {
      // A worker node: kept out of the load balancer, it says so to anything that reaches it.
      response.setHeader("Retry-After", "30");
      response.sendError(503);
      return;
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    boolean publicPage = PublicPages.cacheable(request);
    if (!publicPage) {
      // Besides the pages' own policy (scripts: PrimeFaces' nonce CSP), every response forbids
      // plugins and a changed base URL; browsers apply all policies together. (A public page gets
      // it with its full answers only: see PublicPages.)
      response.addHeader("Content-Security-Policy", BASE_POLICY);
    }
    Optional<TenantView> tenant = tenants.byHost(request.getServerName());
    if (tenant.isEmpty()) {
      unknownHost(request, response);
      return;
    }
    if (TenantService.PLATFORM.equals(tenant.get().id()) && !platformPath(request)) {
      // The platform console's host serves the console and logging in, nothing of a marketplace.
      if ("/".equals(request.getRequestURI())) {
        response.sendRedirect("/platform/");
      } else {
        unknownHost(request, response);
      }
      return;
    }
    if (request.getRequestedSessionId() != null
        && SameOrigin.needsCheck(request.getMethod(), request.getHeader("Upgrade"))
        && !SameOrigin.allowed(
            request.getHeader("Host"), request.getHeader("Origin"), request.getHeader("Referer"))) {
      crossSite(request, response);
      return;
    }
    context.enter(tenant.get().id(), origin(request));
    context.client(request.getRemoteAddr()); // the client's, behind a trusted proxy (remoteIp)
    request.setAttribute("tenant", tenant.get());
    // Only a GET's query is read: reading a POST's parameters would consume its body.
    String preview = "GET".equals(request.getMethod()) ? request.getParameter(PREVIEW) : null;
    boolean previewing = preview != null && currentUser.hasRole("OPERATOR");
    if (previewing) {
      // The console's live preview shows a page in another theme, to the operator only, framed by
      // the console itself.
      request.setAttribute(THEME, preview);
      response.setHeader("X-Frame-Options", "SAMEORIGIN");
      response.setHeader("Cache-Control", "no-store");
    } else {
      request.setAttribute(THEME, tenant.get().theme());
    }
    if (publicPage && !previewing) {
      PublicPages.serve(
          request, response, chain, BASE_POLICY, pages, pages.key(request, tenant.get().id()));
    } else {
      if (publicPage) {
        response.addHeader("Content-Security-Policy", BASE_POLICY);
      }
      chain.doFilter(request, withoutUselessFlashCookie(request, response));
    }
  }

  private static final String BASE_POLICY = "object-src 'none'; base-uri 'self'";

  /** Drops the Faces flash's cookie where it can carry nothing (see PublicPages). */
  private static HttpServletResponse withoutUselessFlashCookie(
      HttpServletRequest request, HttpServletResponse response) {
    if (request.getRequestedSessionId() != null) {
      return response;
    }
    return new jakarta.servlet.http.HttpServletResponseWrapper(response) {
      @Override
      public void addCookie(jakarta.servlet.http.Cookie cookie) {
        if (!PublicPages.uselessFlashCookie(request, cookie.getName())) {
          super.addCookie(cookie);
        }
      }
    };
  }

  private static final java.util.List<String> PLATFORM_PATHS =
      java.util.List.of(
          "/platform",
          "/api/v1/platform/",
          "/login",
          "/logout",
          "/forgot",
          "/reset",
          "/api/v1/auth/login",
          "/api/v1/auth/logout",
          "/api/v1/auth/me",
          "/api/v1/auth/password-reset",
          "/jakarta.faces.resource/",
          "/theme/",
          "/resources/",
          "/lang",
          "/health/",
          "/dev/outbox");

  private static boolean platformPath(HttpServletRequest request) {
    String path = request.getRequestURI();
    return PLATFORM_PATHS.stream().anyMatch(path::startsWith);
  }

  private static String origin(HttpServletRequest request) {
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(request.getScheme()) && port == 80)
            || ("https".equals(request.getScheme()) && port == 443);
    return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
  }

  /** A write sent with the session cookie from another site's page: refused, nothing done. */
  private static void crossSite(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    refuse(
        request,
        response,
        403,
        "Forbidden",
        "ほかのサイトのページから送られたリクエストは受け付けません。このサイトから操作してください。",
        "Requests sent from another site's page are refused. Please use this site's own pages.");
  }

  private static void unknownHost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    refuse(
        request,
        response,
        404,
        "Not Found",
        "このホスト名で運営されているマーケットプレイスはありません。URL をご確認ください。",
        "No marketplace answers on this host name. Please check the address.");
  }

  /**
   * An answer written before the tenant (and so its messages) is known: a problem document for the
   * API, a plain page otherwise, in Japanese or English by the request's language.
   */
  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String japanese,
      String english)
      throws IOException {
    response.setStatus(status);
    boolean ja =
        Optional.ofNullable(request.getHeader("Accept-Language")).orElse("").startsWith("ja");
    String detail = ja ? japanese : english;
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (request.getRequestURI().startsWith("/api/")) {
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\""
                  + title
                  + "\",\"status\":"
                  + status
                  + ",\"detail\":\""
                  + detail
                  + "\"}");
      return;
    }
    response.setContentType("text/html");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + (ja ? "ja" : "en")
                + "\"><head><meta charset=\"utf-8\"><title>"
                + status
                + "</title></head><body style=\"font-family:sans-serif;max-width:40em;margin:4em auto\">"
                + "<h1>"
                + status
                + "</h1><p>"
                + detail
                + "</p></body></html>");
  }
}
