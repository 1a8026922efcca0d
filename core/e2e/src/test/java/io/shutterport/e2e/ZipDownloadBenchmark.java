package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The gallery ZIP through the server ({@code ./shutterport bench zip-http}): 200 originals of about
 * 12 MB are delivered to a booking on the embedded server (storage-local); the customer downloads
 * the whole gallery as one streamed ZIP over HTTP, next to a plain read of the same stored files
 * from disk, while {@code jstat} samples the server's heap. Prints MB/s of both, the ratio, and the
 * heap: the old generation's growth during the download and the live heap after a full collection
 * before and after. Not part of the test suite.
 */
class ZipDownloadBenchmark {
  private static final int PORT = Integer.getInteger("it.embedded.port", 9380);
  private static final String SAKURA = "sakura.localhost:" + PORT;
  private static final int PHOTOS = Integer.getInteger("bench.zip.photos", 200);

  @Test
  void aWholeGalleryAsOneZipThroughTheServer() throws Exception {
    Api customer = login("customer@sakura.example");
    Api aoi = login("aoi@sakura.example");
    Api operator = login("operator@sakura.example");
    String aoiId = aoi.get("/api/v1/auth/me").json().getString("id");
    String booking =
        Accounts.paidBooking(
            customer,
            aoi,
            operator,
            customer.firstPlanOf(aoiId),
            LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(80 + (int) (System.nanoTime() % 200)),
            "09:00",
            "");
    String base = "/api/v1/bookings/" + booking;

    byte[] original = DownloadBenchmark.bigJpeg();
    for (int i = 0; i < PHOTOS; i++) {
      var uploaded = aoi.postBytes(base + "/photos", variant(original, i), "image/jpeg");
      assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    }
    // Let the derivative jobs finish, so they do not share the CPU with the measurement.
    long deadline = System.nanoTime() + 20L * 60 * 1_000_000_000L;
    while (!customer.get(base + "/photos").array().getValuesAs(JsonObject.class).stream()
        .allMatch(p -> p.getBoolean("thumbnailReady"))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the derivatives did not finish in 20 minutes");
      }
      Thread.sleep(2000);
    }

    var accepted = customer.post(base + "/complete", JsonObject.EMPTY_JSON_OBJECT);
    assertThat(accepted.status()).as("検収 opens the originals").isEqualTo(200);

    List<Path> stored = storedOriginals(booking);
    assertThat(stored).hasSize(PHOTOS);
    long rawBytes = stored.stream().mapToLong(p -> p.toFile().length()).sum();
    readAll(stored); // warm the page cache, as the server's reads will be
    long t0 = System.nanoTime();
    readAll(stored);
    double rawSeconds = (System.nanoTime() - t0) / 1e9;

    // The same originals one by one through the same server and transport: the ZIP's yardstick.
    List<String> photoIds =
        customer.get(base + "/photos").array().getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("id"))
            .toList();
    downloadOriginals(photoIds, customer.cookie("JSESSIONID")); // warm-up
    long t2 = System.nanoTime();
    long originalBytes = downloadOriginals(photoIds, customer.cookie("JSESSIONID"));
    double originalSeconds = (System.nanoTime() - t2) / 1e9;
    assertThat(originalBytes).isEqualTo(rawBytes);

    long pid = serverPid();
    jcmd(pid, "GC.run");
    long liveBefore = heapUsedKb(pid);
    Heap heap = new Heap(pid);
    heap.start();
    long t1 = System.nanoTime();
    long zipBytes = downloadZip(base + "/photos.zip", customer.cookie("JSESSIONID"));
    double zipSeconds = (System.nanoTime() - t1) / 1e9;
    heap.stop();
    jcmd(pid, "GC.run");
    long liveAfter = heapUsedKb(pid);

    double rawMbs = rawBytes / rawSeconds / 1e6;
    double originalMbs = originalBytes / originalSeconds / 1e6;
    double zipMbs = zipBytes / zipSeconds / 1e6;
    String report =
        String.format(
            Locale.ROOT,
            "%n| %d originals, %.2f GB in all | MB/s |%n|---|---|%n"
                + "| Plain read of the stored files from the page cache (in the client JVM) | %.0f |%n"
                + "| The same files one by one through `/api/v1/photos/{id}/original` (HTTP) | %.0f |%n"
                + "| ZIP through `/api/v1/bookings/{id}/photos.zip` (embedded, storage-local) | %.0f |%n"
                + "%nZIP = %.0f%% of the originals through the same server, %.0f%% of the plain"
                + " read (%.2f GB ZIP in %.1f s).%n"
                + "Server heap: old generation grew by %.1f MB during the download; live heap after"
                + " a full collection %.1f MB before and %.1f MB after (difference %.1f MB).%n",
            PHOTOS,
            rawBytes / 1e9,
            rawMbs,
            originalMbs,
            zipMbs,
            100 * zipMbs / originalMbs,
            100 * zipMbs / rawMbs,
            zipBytes / 1e9,
            zipSeconds,
            heap.oldGrowthKb() / 1024.0,
            liveBefore / 1024.0,
            liveAfter / 1024.0,
            (liveAfter - liveBefore) / 1024.0);
    System.out.println(report);
    Files.writeString(Path.of("target", "zip-http-benchmark.md"), report);
    assertThat(zipBytes).isGreaterThan(rawBytes);
  }

  private static Api login(String email) {
    Api api = new Api(SAKURA, "en", PORT);
    assertThat(api.login(email, Env.DEMO_PASSWORD).status()).isEqualTo(200);
    return api;
  }

  /** The same picture with a numbered comment segment after SOI: other bytes, other SHA-256. */
  private static byte[] variant(byte[] jpeg, int n) {
    byte[] text = ("bench " + n).getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[jpeg.length + 4 + text.length];
    out[0] = jpeg[0];
    out[1] = jpeg[1];
    out[2] = (byte) 0xFF;
    out[3] = (byte) 0xFE;
    out[4] = (byte) ((text.length + 2) >> 8);
    out[5] = (byte) (text.length + 2);
    System.arraycopy(text, 0, out, 6, text.length);
    System.arraycopy(jpeg, 2, out, 6 + text.length, jpeg.length - 2);
    return out;
  }

  private static List<Path> storedOriginals(String booking) throws IOException {
    Path storage = Path.of(System.getProperty("it.embedded.storage"));
    try (Stream<Path> files = Files.walk(storage)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.toString().contains(booking) && f.toString().contains("originals"))
          .filter(f -> f.toString().endsWith(".jpg"))
          .toList();
    }
  }

  private static void readAll(List<Path> files) throws IOException {
    byte[] buffer = new byte[1024 * 1024];
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        while (in.read(buffer) > 0) {
          // reading is the work
        }
      }
    }
  }

  /** Downloads the ZIP on a plain socket; returns its length in bytes (chunked or not). */
  private static long downloadZip(String path, String cookie) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", PORT)) {
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + path
                      + " HTTP/1.1\r\nHost: "
                      + SAKURA
                      + "\r\nCookie: JSESSIONID="
                      + cookie
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      InputStream in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 20);
      String status = line(in);
      if (!status.contains(" 200 ")) {
        throw new IOException(status);
      }
      boolean chunked = false;
      for (String header = line(in); !header.isEmpty(); header = line(in)) {
        chunked |= header.toLowerCase(Locale.ROOT).startsWith("transfer-encoding: chunked");
      }
      byte[] buffer = new byte[1 << 20];
      long total = 0;
      if (!chunked) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          total += n;
        }
        return total;
      }
      for (long size = Long.parseLong(line(in).trim().split(";")[0], 16);
          size > 0;
          size = Long.parseLong(line(in).trim().split(";")[0], 16)) {
        for (long left = size; left > 0; ) {
          int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
          if (n < 0) {
            throw new IOException("closed");
          }
          left -= n;
        }
        total += size;
        line(in); // the CRLF after the chunk
      }
      return total;
    }
  }

  /** Every original in turn on one kept-alive connection; returns the bytes received. */
  private static long downloadOriginals(List<String> photoIds, String cookie) throws IOException {
    long total = 0;
    try (Socket socket = new Socket("127.0.0.1", PORT)) {
      InputStream in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 20);
      byte[] buffer = new byte[1 << 20];
      for (String id : photoIds) {
        socket
            .getOutputStream()
            .write(
                ("GET /api/v1/photos/"
                        + id
                        + "/original HTTP/1.1\r\nHost: "
                        + SAKURA
                        + "\r\nCookie: JSESSIONID="
                        + cookie
                        + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        long length = DownloadBenchmark.skipHeaders(in);
        for (long left = length; left > 0; ) {
          int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
          if (n < 0) {
            throw new IOException("closed");
          }
          left -= n;
        }
        total += length;
      }
    }
    return total;
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  private static long serverPid() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains("shutterport-embedded"))
        .filter(p -> p.info().command().orElse("").endsWith("java"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the embedded server is not running"))
        .pid();
  }

  private static Path jdkTool(String name) {
    Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
    return java.resolveSibling(name);
  }

  private static String jcmd(long pid, String command) throws Exception {
    Process process =
        new ProcessBuilder(jdkTool("jcmd").toString(), String.valueOf(pid), command)
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out;
  }

  private static long heapUsedKb(long pid) throws Exception {
    Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("no heap figure from jcmd");
    }
    return Long.parseLong(used.group(1));
  }

  /** {@code jstat -gc <pid> 200}: the old generation's use, sampled while the download runs. */
  private static final class Heap {
    private final long pid;
    private final AtomicLong firstOld = new AtomicLong(-1);
    private final AtomicLong maxOld = new AtomicLong();
    private Process jstat;
    private Thread reader;

    Heap(long pid) {
      this.pid = pid;
    }

    void start() throws IOException {
      jstat =
          new ProcessBuilder(jdkTool("jstat").toString(), "-gc", String.valueOf(pid), "200")
              .redirectErrorStream(true)
              .start();
      reader =
          new Thread(
              () -> {
                try (BufferedReader lines =
                    new BufferedReader(
                        new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                  String[] header = null;
                  for (String l = lines.readLine(); l != null; l = lines.readLine()) {
                    String[] cells = l.trim().split("\\s+");
                    if (header == null) {
                      header = cells;
                      continue;
                    }
                    int ou = List.of(header).indexOf("OU");
                    if (ou < 0 || ou >= cells.length) {
                      continue;
                    }
                    long old = (long) Double.parseDouble(cells[ou]);
                    firstOld.compareAndSet(-1, old);
                    maxOld.accumulateAndGet(old, Math::max);
                  }
                } catch (IOException | NumberFormatException e) {
                  // the sampler stops with jstat
                }
              });
      reader.start();
    }

    void stop() throws InterruptedException {
      jstat.destroy();
      reader.join(5000);
    }

    long oldGrowthKb() {
      return firstOld.get() < 0 ? 0 : maxOld.get() - firstOld.get();
    }
  }
}
