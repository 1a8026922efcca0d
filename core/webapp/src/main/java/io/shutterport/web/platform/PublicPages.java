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
   * Serves a cacheable page: the chain writes into a buffer; the visitor gets 304 when their copy
   * is current, the page with its tag otherwise.
   *
   * @param securityPolicy the CSP the site adds to every full response
   */
  static void serve(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      String securityPolicy)
      throws IOException, ServletException {
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
    String etag = "\"" + tag(body, buffered.nonce()) + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", CACHE_CONTROL);
    response.setHeader("Vary", "Accept-Language, Cookie");
    if (matches(request.getHeader("If-None-Match"), etag)) {
      response.setStatus(304);
      return;
    }
    buffered.replay(securityPolicy);
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
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
