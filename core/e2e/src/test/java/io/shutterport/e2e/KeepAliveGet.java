package io.shutterport.e2e;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A load generator's HTTP/1.1 client: GET requests on one kept-alive blocking socket, answers read
 * by Content-Length or chunked encoding. It costs a fraction of {@code java.net.http}'s CPU per
 * request, which matters when the generator shares two cores with the server it measures. Not
 * thread-safe: one per client thread.
 */
final class KeepAliveGet implements AutoCloseable {
  record Answer(int status, Map<String, String> headers, byte[] body) {}

  /** Connections opened by all clients: one per client unless the server closes kept-alive ones. */
  static final java.util.concurrent.atomic.AtomicLong OPENED =
      new java.util.concurrent.atomic.AtomicLong();

  private final String host;
  private final String language;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  KeepAliveGet(String host, String language, int port) {
    this.host = host;
    this.language = language;
    this.port = port;
  }

  Answer get(String path) throws IOException {
    if (socket == null) {
      socket = new Socket();
      OPENED.incrementAndGet();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(60_000);
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      out = socket.getOutputStream();
    }
    String request =
        "GET "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nAccept: application/json\r\nAccept-Language: "
            + language
            + "\r\n\r\n";
    out.write(request.getBytes(StandardCharsets.UTF_8));
    out.flush();
    Answer answer = read();
    if ("close".equalsIgnoreCase(answer.headers().get("connection"))) {
      close();
    }
    return answer;
  }

  private Answer read() throws IOException {
    String status = line();
    if (status == null) {
      throw new IOException("the server closed the connection");
    }
    int code = Integer.parseInt(status.substring(9, 12));
    Map<String, String> headers = new TreeMap<>();
    for (String header = line(); header != null && !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      headers.put(
          header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          header.substring(colon + 1).trim());
    }
    byte[] body;
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      ByteArrayOutputStream chunks = new ByteArrayOutputStream();
      for (int size = chunkSize(); size > 0; size = chunkSize()) {
        chunks.write(in.readNBytes(size));
        line(); // the CRLF after each chunk
      }
      for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
        // trailers are not used
      }
      body = chunks.toByteArray();
    } else {
      body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
    }
    return new Answer(code, headers, body);
  }

  private int chunkSize() throws IOException {
    String size = line();
    int extension = size.indexOf(';');
    return Integer.parseInt(extension < 0 ? size.trim() : size.substring(0, extension).trim(), 16);
  }

  /** One header line without its CRLF; null at end of stream. */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        return line.length() == 0 ? null : line.toString();
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }
}
