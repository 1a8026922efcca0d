package io.shutterport.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What anonymous visitors get from the pages anyone may cache — home, search and profiles: no
 * cookie at all (the Faces flash writes one on every page, useless without a session), {@code
 * Cache-Control} with a short max-age, and an ETag that answers a revalidation with 304.
 *
 * <p>Pages carry a per-response CSP nonce (PrimeFaces' CSP mode), so the ETag is taken over the
 * page with its nonces blanked: the same page twice has the same tag. A 304 carries no
 * Content-Security-Policy, since browsers would put it on the copy they keep, whose nonce is the
 * earlier one (decision 78).
 */
public final class PublicPages {
  /** Paths of the cacheable pages, with and without the Faces suffix. */
  private static final Set<String> PATHS =
      Set.of(
          "/",
          "/index",
          "/index.xhtml",
          "/search",
          "/search.xhtml",
          "/photographer",
          "/photographer.xhtml");

  /** The nonce in a Content-Security-Policy header. */
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  /** How long browsers and shared caches may keep a page without asking again. */
  static final String CACHE_CONTROL = "public, max-age=60";

  private PublicPages() {}

  /** Whether the request is an anonymous visitor's read of a cacheable page. */
  static boolean cacheable(HttpServletRequest request) {
    return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
        && request.getRequestedSessionId() == null
        && PATHS.contains(request.getRequestURI());
  }

  /**
   * Whether a cookie the response is about to set is the Faces flash's, on a request without a
   * session: the flash keeps its data in the session, so without one the cookie carries nothing.
   */
  static boolean uselessFlashCookie(HttpServletRequest request, String name) {
    return name.startsWith("oam.Flash") && request.getRequestedSessionId() == null;
  }

  /**
   * Serves a cacheable page: from the node's copy when it holds one (with a fresh nonce), else
   * drawn by the chain into a buffer and kept; the visitor gets 304 when their copy is current, the
   * page with its tag otherwise.
   *
   * @param securityPolicy the CSP the site adds to every full response
   * @param key the page's key in {@code cache}, or null to draw it afresh and keep nothing
   */
  static void serve(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      String securityPolicy,
      PageCache cache,
      String key)
      throws IOException, ServletException {
    Page kept = key == null ? null : cache.get(key);
    if (kept != null) {
      kept.write(request, response, securityPolicy, Page.freshNonce(kept.nonce()));
      return;
    }
    Buffered buffered = new Buffered(response);
    chain.doFilter(request, buffered);
    buffered.flushBuffer();
    byte[] body = buffered.body();
    if (buffered.passedThrough) {
      return; // a redirect or an error page went to the visitor as it was
    }
    if (buffered.status != 200) {
      buffered.replay(securityPolicy);
      response.getOutputStream().write(body);
      return;
    }
    Page page = Page.of(body, buffered.nonce(), buffered.contentType, buffered.headers);
    if (key != null) {
      cache.put(key, page);
    }
    page.write(request, response, securityPolicy, page.nonce());
  }

  /**
   * A page as drawn for anonymous visitors: its bytes, where its nonce stands in them, its headers
   * and its tag.
   *
   * @param body the page
   * @param nonce the CSP nonce it was drawn with, or null
   * @param nonceAt where the nonce starts in {@code body}, each time it occurs
   * @param contentType its type
   * @param headers what else the page set (its own CSP among them)
   * @param etag its tag, the same whatever the nonce
   */
  record Page(
      byte[] body,
      String nonce,
      int[] nonceAt,
      String contentType,
      java.util.List<String[]> headers,
      String etag) {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    static Page of(
        byte[] body, String nonce, String contentType, java.util.List<String[]> headers) {
      int[] at = {};
      if (nonce != null && !nonce.isEmpty()) {
        byte[] part = nonce.getBytes(StandardCharsets.UTF_8);
        java.util.List<Integer> found = new java.util.ArrayList<>();
        for (int i = indexOf(body, part, 0); i >= 0; i = indexOf(body, part, i + part.length)) {
          found.add(i);
        }
        at = found.stream().mapToInt(Integer::intValue).toArray();
      }
      return new Page(
          body,
          nonce,
          at,
          contentType,
          java.util.List.copyOf(headers),
          "\"" + tag(body, nonce) + "\"");
    }

    /** What the page weighs in a cache, in bytes. */
    int weight() {
      return body.length + 512;
    }

    /**
     * A new unguessable nonce of the same length as the one the page was drawn with (so it takes
     * its place byte for byte); null for a page without one.
     */
    static String freshNonce(String like) {
      if (like == null || like.isEmpty()) {
        return like;
      }
      byte[] random = new byte[like.length()];
      RANDOM.nextBytes(random);
      return java.util.Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(random)
          .substring(0, like.length());
    }

    /** The page to one visitor, with {@code withNonce} wherever its nonce stood. */
    void write(
        HttpServletRequest request,
        HttpServletResponse response,
        String securityPolicy,
        String withNonce)
        throws IOException {
      response.setHeader("ETag", etag);
      response.setHeader("Cache-Control", CACHE_CONTROL);
      response.setHeader("Vary", "Accept-Language, Cookie");
      if (matches(request.getHeader("If-None-Match"), etag)) {
        response.setStatus(304);
        return;
      }
      response.setStatus(200);
      if (contentType != null) {
        response.setContentType(contentType);
      }
      boolean renonce = nonce != null && !nonce.equals(withNonce);
      for (String[] header : headers) {
        response.addHeader(header[0], renonce ? header[1].replace(nonce, withNonce) : header[1]);
      }
      response.addHeader("Content-Security-Policy", securityPolicy);
      response.setContentLength(body.length);
      if ("HEAD".equals(request.getMethod())) {
        return;
      }
      byte[] out = body;
      if (renonce) {
        out = body.clone();
        byte[] fresh = withNonce.getBytes(StandardCharsets.UTF_8);
        for (int at : nonceAt) {
          System.arraycopy(fresh, 0, out, at, fresh.length);
        }
      }
      response.getOutputStream().write(out);
    }
  }

  /**
   * A tag of the page's bytes with its nonce (wherever it appears) blanked. The bytes between the
   * nonces are digested as they are: decoding the page to a string and encoding it back cost more
   * than the digest (docs/benchmarks.md).
   */
  static String tag(byte[] body, String nonce) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] skip = nonce == null || nonce.isEmpty() ? null : nonce.getBytes(StandardCharsets.UTF_8);
    int from = 0;
    if (skip != null) {
      for (int at = indexOf(body, skip, 0); at >= 0; at = indexOf(body, skip, from)) {
        digest.update(body, from, at - from);
        from = at + skip.length;
      }
    }
    digest.update(body, from, body.length - from);
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }

  /** Where {@code part} first occurs in {@code bytes} at or after {@code from}; -1 if nowhere. */
  private static int indexOf(byte[] bytes, byte[] part, int from) {
    int last = bytes.length - part.length;
    outer:
    for (int i = from; i <= last; i++) {
      if (bytes[i] != part[0]) {
        continue;
      }
      for (int j = 1; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.strip();
      if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Holds a page's status, headers and body until it is known whether the visitor needs them.
   * Cookies are dropped: an anonymous visitor of a public page gets none.
   */
  private static final class Buffered extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private final java.util.List<String[]> headers = new java.util.ArrayList<>();
    private int status = 200;
    private String contentType;
    private boolean passedThrough;
    private PrintWriter writer;
    private ServletOutputStream stream;

    Buffered(HttpServletResponse response) {
      super(response);
    }

    byte[] body() {
      return body.toByteArray();
    }

    /** The nonce of the page's script policy; null when it has none. */
    String nonce() {
      for (String[] header : headers) {
        if (header[0].equalsIgnoreCase("Content-Security-Policy")) {
          var m = NONCE.matcher(header[1]);
          if (m.find()) {
            return m.group(1);
          }
        }
      }
      return null;
    }

    /** Writes what the page set, with the site's CSP, onto the real response. */
    void replay(String securityPolicy) {
      HttpServletResponse real = (HttpServletResponse) getResponse();
      real.setStatus(status);
      if (contentType != null) {
        real.setContentType(contentType);
      }
      for (String[] header : headers) {
        real.addHeader(header[0], header[1]);
      }
      real.addHeader("Content-Security-Policy", securityPolicy);
    }

    @Override
    public void addCookie(Cookie cookie) {
      // dropped: see the class comment
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
    }

    @Override
    public void sendError(int sc) throws IOException {
      passedThrough = true; // an error page: let the container write it as it would
      status = sc;
      super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      passedThrough = true;
      status = sc;
      super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      passedThrough = true;
      status = 302;
      super.sendRedirect(location);
    }

    @Override
    public int getStatus() {
      return status;
    }

    @Override
    public void setContentType(String type) {
      contentType = type;
      super.setContentType(type); // so that the writer's charset is the page's
    }

    @Override
    public String getContentType() {
      return contentType;
    }

    @Override
    public void setHeader(String name, String value) {
      headers.removeIf(h -> h[0].equalsIgnoreCase(name));
      addHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
      if (name.equalsIgnoreCase("Set-Cookie")) {
        return;
      }
      if (name.equalsIgnoreCase("Content-Type")) {
        setContentType(value);
        return;
      }
      headers.add(new String[] {name, value});
    }

    @Override
    public void setIntHeader(String name, int value) {
      setHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
      setHeader(
          name,
          java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
              java.time.Instant.ofEpochMilli(date).atZone(java.time.ZoneOffset.UTC)));
    }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public void setBufferSize(int size) {}

    @Override
    public void resetBuffer() {
      body.reset();
    }

    @Override
    public void reset() {
      body.reset();
      headers.clear();
      status = 200;
    }

    @Override
    public boolean isCommitted() {
      return false;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("a buffered page is written blocking");
              }

              @Override
              public void write(int b) {
                body.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String charset = getCharacterEncoding();
        writer =
            new PrintWriter(
                new OutputStreamWriter(
                    getOutputStream(),
                    charset == null
                        ? StandardCharsets.UTF_8
                        : java.nio.charset.Charset.forName(charset)));
      }
      return writer;
    }
  }
}
