package io.shutterport.web.platform;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a request that a browser could send on a user's behalf came from this site's own pages.
 * {@code SameSite=Lax} cookies do not stop a sibling subdomain (another marketplace on the same
 * parent domain is "same site"), so state-changing requests that carry the session cookie, and
 * WebSocket handshakes, must name this host in {@code Origin} (or, when a browser sends none, in
 * {@code Referer}). Requests with neither header come from programs, not from a page a victim
 * opened, and are judged by their credentials alone.
 */
public final class SameOrigin {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private SameOrigin() {}

  /** Whether the method changes state (or the request opens a WebSocket). */
  public static boolean needsCheck(String method, String upgrade) {
    return !SAFE.contains(method) || "websocket".equalsIgnoreCase(upgrade);
  }

  /**
   * Whether the page that sent the request is on {@code host} (the Host header, port included).
   *
   * @param origin the Origin header, or null
   * @param referer the Referer header, or null
   */
  public static boolean allowed(String host, String origin, String referer) {
    String from = origin != null ? origin : referer;
    if (from == null) {
      return true;
    }
    if (host == null || from.equals("null")) {
      return false; // an opaque origin (sandboxed frame, data: URL) is never this site
    }
    try {
      URI uri = URI.create(from.strip());
      String authority = uri.getRawAuthority();
      return authority != null
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && authority.toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
