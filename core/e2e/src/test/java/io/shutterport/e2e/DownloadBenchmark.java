package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import org.junit.jupiter.api.Test;

/**
 * The download benchmark ({@code ./shutterport bench downloads}): a 12 MB original stored by the
 * embedded server (storage-local) is downloaded through {@code /api/v1/photos/{id}/original} by 4
 * clients for 20 s, then the very same file is served by nginx for 20 s; both MB/s are printed. Not
 * part of the test suite.
 */
class DownloadBenchmark {
  private static final int PORT = Integer.getInteger("it.embedded.port", 9380);
  private static final int NGINX_PORT = Integer.getInteger("bench.nginx.port", 9399);
  private static final String SAKURA = "sakura.localhost:" + PORT;
  private static final int CLIENTS = 4;
  private static final long SECONDS = Long.getLong("bench.download.seconds", 20);

  @Test
  void anOriginalThroughTheServerNextToNginx() throws Exception {
    byte[] jpeg = bigJpeg();
    Api photographer = new Api(SAKURA, "en", PORT);
    assertThat(photographer.login("aoi@sakura.example", Env.DEMO_PASSWORD).status()).isEqualTo(200);
    var uploaded = photographer.postBytes("/api/v1/me/portfolio", jpeg, "image/jpeg");
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    String photoId = uploaded.json().getString("id");
    Path stored = find(uploaded.json().getString("sha256"), jpeg.length);
    String cookie = photographer.cookie("JSESSIONID");

    double server =
        measure(
            PORT,
            "GET /api/v1/photos/"
                + photoId
                + "/original HTTP/1.1\r\nHost: "
                + SAKURA
                + "\r\nCookie: JSESSIONID="
                + cookie
                + "\r\n\r\n",
            jpeg.length);
    // nginx's workers run as an unprivileged user: the folder and file must be readable to all.
    Path root =
        Files.createTempDirectory(
            "nginx-bench",
            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
    Path served = Files.copy(stored, root.resolve("original.jpg"));
    Files.setPosixFilePermissions(
        served, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    Process nginx = nginx(root);
    double direct;
    try {
      direct =
          measure(NGINX_PORT, "GET /original.jpg HTTP/1.1\r\nHost: localhost\r\n\r\n", jpeg.length);
    } finally {
      nginx.destroy();
      nginx.waitFor();
    }
    String report =
        String.format(
            Locale.ROOT,
            "%n| One %.1f MB original, %d clients, %d s each | MB/s |%n|---|---|%n"
                + "| Shutterport `/api/v1/photos/{id}/original` (embedded, storage-local) | %.0f |%n"
                + "| nginx serving the same file | %.0f |%n%nShutterport = %.0f%% of nginx.%n",
            jpeg.length / 1e6,
            CLIENTS,
            SECONDS,
            server,
            direct,
            100 * server / direct);
    System.out.println(report);
    Files.writeString(Path.of("target", "download-benchmark.md"), report);
    assertThat(server).isPositive();
    assertThat(direct).isPositive();
  }

  /** MB/s of whole-file downloads on kept-alive connections, {@link #CLIENTS} at once. */
  private static double measure(int port, String request, long length) throws Exception {
    AtomicLong bytes = new AtomicLong();
    java.util.concurrent.atomic.AtomicReference<Throwable> failure =
        new java.util.concurrent.atomic.AtomicReference<>();
    long end = System.nanoTime() + SECONDS * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < CLIENTS; i++) {
      Thread t =
          new Thread(
              () -> {
                try (Socket socket = new Socket()) {
                  socket.connect(new InetSocketAddress("127.0.0.1", port));
                  InputStream in = socket.getInputStream();
                  byte[] buffer = new byte[256 * 1024];
                  while (System.nanoTime() < end) {
                    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                    long body = skipHeaders(in);
                    if (body != length) {
                      throw new IllegalStateException("unexpected length " + body);
                    }
                    for (long left = body; left > 0; ) {
                      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                      if (n < 0) {
                        throw new IOException("closed");
                      }
                      left -= n;
                    }
                    bytes.addAndGet(body);
                  }
                } catch (IOException | RuntimeException e) {
                  failure.compareAndSet(null, e);
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("download failed on port " + port, failure.get());
    }
    return bytes.get() / ((System.nanoTime() - start) / 1e9) / 1e6;
  }

  /** Reads the status line and headers; returns Content-Length. */
  static long skipHeaders(InputStream in) throws IOException {
    long length = -1;
    StringBuilder line = new StringBuilder();
    boolean first = true;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed");
      }
      if (b == '\n') {
        String header = line.toString().trim();
        line.setLength(0);
        if (header.isEmpty()) {
          return length;
        }
        if (first && !header.contains(" 200 ")) {
          throw new IOException(header);
        }
        first = false;
        if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Long.parseLong(header.substring(15).trim());
        }
      } else {
        line.append((char) b);
      }
    }
  }

  private static Process nginx(Path root) throws Exception {
    Path conf = root.resolve("nginx.conf");
    Files.writeString(
        conf,
        "daemon off; worker_processes 2; pid "
            + root.resolve("nginx.pid")
            + ";\n"
            + "error_log "
            + root.resolve("error.log")
            + ";\n"
            + "events { worker_connections 64; }\n"
            + "http { access_log off; sendfile on; keepalive_requests 100000;\n"
            + "  client_body_temp_path "
            + root
            + "; proxy_temp_path "
            + root
            + ";\n"
            + "  fastcgi_temp_path "
            + root
            + "; uwsgi_temp_path "
            + root
            + ";\n"
            + "  scgi_temp_path "
            + root
            + ";\n"
            + "  server { listen 127.0.0.1:"
            + NGINX_PORT
            + "; root "
            + root
            + "; } }\n");
    Process process =
        new ProcessBuilder("nginx", "-c", conf.toString(), "-p", root.toString())
            .redirectErrorStream(true)
            .redirectOutput(root.resolve("nginx.out").toFile())
            .start();
    for (int i = 0; i < 50; i++) {
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", NGINX_PORT), 200);
        return process;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException(
        "nginx did not start: " + Files.readString(root.resolve("nginx.out")));
  }

  /** The stored original: the file in the embedded server's storage with these bytes. */
  private static Path find(String sha256, long length) throws IOException {
    Path storage = Path.of(System.getProperty("it.embedded.storage"));
    try (Stream<Path> files = Files.walk(storage)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.toFile().length() == length)
          .filter(f -> Images.sha256(read(f)).equals(sha256))
          .findFirst()
          .orElseThrow();
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A camera-sized JPEG of about 12 MB: fine noise does not compress. */
  static byte[] bigJpeg() throws IOException {
    BufferedImage image = new BufferedImage(4500, 3000, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(12);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.9f);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
