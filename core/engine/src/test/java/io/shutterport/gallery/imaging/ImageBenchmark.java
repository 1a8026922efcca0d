package io.shutterport.gallery.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The derivative benchmark ({@code ./shutterport bench images}): generates 24-megapixel JPEGs (one
 * with EXIF orientation 6, one with an Adobe RGB profile), then measures derivative jobs per second
 * on 2 threads — one original to a 2048 px preview and a 400 px thumbnail — for this pipeline and
 * for libvips' {@code vipsthumbnail} (2048 px, then 400 px from that file) on the same files in the
 * same run, and the SSIM of each against a Lanczos-3 reference made from the fully decoded
 * original. Not part of the test suite (its name does not end in Test).
 */
class ImageBenchmark {
  private static final int THREADS = 2;
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 4);
  private static final Path DIR = Path.of("target", "bench-images");

  private record Original(String name, Path file) {}

  private record Throughput(String name, int jobs, double seconds) {
    double perSecond() {
      return jobs / seconds;
    }
  }

  @Test
  void derivativesAgainstLibvips() throws Exception {
    List<Original> originals = generate();
    Derivatives best = Derivatives.best();
    Derivatives java = Derivatives.pureJava();

    Throughput ours = measure(best.codecName() + " pipeline", originals, f -> ours(best, f));
    Throughput vips = measure("vipsthumbnail (CLI)", originals, ImageBenchmark::vips);
    Throughput pure = measure("pure-Java fallback", originals.subList(0, 2), f -> ours(java, f));

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT, "%n| Pipeline | jobs/s (2 threads) | × libvips |%n|---|---|---|%n"));
    for (Throughput t : List.of(ours, vips, pure)) {
      report.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2f | %.2f |%n",
              t.name(),
              t.perSecond(),
              t.perSecond() / vips.perSecond()));
    }
    report.append(
        String.format(
            Locale.ROOT,
            "%n| Original | resampling, lossless: preview ours / libvips | thumbnail ours / libvips"
                + " | delivered JPEG q85: preview ours / libvips / Java | q85 alone | thumbnail ours"
                + " / libvips |%n|---|---|---|---|---|---|%n"));
    double worst = 1;
    for (Original o : originals) {
      byte[] bytes = Files.readAllBytes(o.file());
      Reference reference = new Reference(bytes);
      // Resampling fidelity: pixels before any JPEG encoding (libvips writes PNG for this).
      RgbImage myPreview = best.preview(bytes);
      RgbImage myThumb = Lanczos.fit(myPreview, Derivatives.THUMBNAIL_EDGE);
      Path[] lossless = vips(o.file(), ".png", "");
      double[] pixels = {
        reference.ssim(myPreview),
        reference.ssim(png(lossless[0])),
        reference.ssim(myThumb),
        reference.ssim(png(lossless[1]))
      };
      // What is delivered: JPEG at quality 85.
      Derivatives.Set mine = best.make(bytes);
      Derivatives.Set plain = java.make(bytes);
      Path[] theirs = vips(o.file());
      double[] delivered = {
        reference.ssim(mine.preview()),
        reference.ssim(Files.readAllBytes(theirs[0])),
        reference.ssim(plain.preview()),
        reference.encodingAlone(myPreview.width(), myPreview.height()),
        reference.ssim(mine.thumbnail()),
        reference.ssim(Files.readAllBytes(theirs[1]))
      };
      worst = Math.min(worst, Math.min(pixels[0], pixels[2]));
      report.append(
          String.format(
              Locale.ROOT,
              "| %s | %.4f / %.4f | %.4f / %.4f | %.4f / %.4f / %.4f | %.4f | %.4f / %.4f |%n",
              o.name(),
              pixels[0],
              pixels[1],
              pixels[2],
              pixels[3],
              delivered[0],
              delivered[1],
              delivered[2],
              delivered[3],
              delivered[4],
              delivered[5]));
    }
    report.append(
        String.format(
            Locale.ROOT,
            "%nOurs = %.2f× libvips' throughput (target ≥ 1.0); worst resampling SSIM of ours %.4f"
                + " (target ≥ 0.99);"
                + " %d originals of 6000×4000, %d rounds, %d threads, JPEG quality 85.%n",
            ours.perSecond() / vips.perSecond(),
            worst,
            originals.size(),
            ROUNDS,
            THREADS));
    System.out.println(report);
    Files.writeString(Path.of("target", "image-benchmark.md"), report.toString());
    assertThat(worst).as("every derivative of ours is faithful").isGreaterThan(0.98);
  }

  private interface Job {
    void run(Path original) throws Exception;
  }

  private static void ours(Derivatives pipeline, Path file) throws IOException {
    Derivatives.Set set = pipeline.make(Files.readAllBytes(file));
    if (set.preview().length == 0 || set.thumbnail().length == 0) {
      throw new IllegalStateException("empty derivative");
    }
  }

  private static RgbImage png(Path file) throws IOException {
    return RgbImage.of(javax.imageio.ImageIO.read(file.toFile()));
  }

  /** vipsthumbnail to 2048 px (sRGB in and out), then 400 px from that file. */
  private static Path[] vips(Path original) throws Exception {
    return vips(original, ".jpg", "Q=85,");
  }

  private static Path[] vips(Path original, String type, String options) throws Exception {
    String base = original.getFileName().toString().replace(".jpg", "");
    Path out = Files.createTempDirectory(DIR, "vips-");
    Path preview = out.resolve(base + "-preview" + type);
    Path thumb = out.resolve(base + "-thumb" + type);
    run(
        "vipsthumbnail",
        original.toString(),
        "-s",
        "2048",
        "-i",
        "srgb",
        "-e",
        "srgb",
        "-o",
        preview.toAbsolutePath() + "[" + options + "strip]");
    run(
        "vipsthumbnail",
        preview.toString(),
        "-s",
        "400",
        "-o",
        thumb.toAbsolutePath() + "[" + options + "strip]");
    return new Path[] {preview, thumb};
  }

  private static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + ": " + output);
    }
  }

  private static Throughput measure(String name, List<Original> originals, Job job)
      throws Exception {
    for (Original o : originals) {
      job.run(o.file()); // warm-up: JIT, page cache, profile tables
    }
    List<Path> work = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      originals.forEach(o -> work.add(o.file()));
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      done.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < work.size(); i = next.getAndIncrement()) {
                  job.run(work.get(i));
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Throughput(name, work.size(), seconds);
  }

  private static List<Original> generate() throws IOException {
    Files.createDirectories(DIR);
    List<Original> originals = new ArrayList<>();
    String[] names = {"plain-1", "orientation-6", "adobe-rgb", "plain-2"};
    for (int i = 0; i < names.length; i++) {
      Path file = DIR.resolve(names[i] + ".jpg");
      if (!Files.exists(file)) {
        RgbImage photo = TestPhotos.photo(6000, 4000, 100 + i);
        byte[] jpeg =
            switch (names[i]) {
              case "orientation-6" -> TestPhotos.jpeg(photo, 92, TestPhotos.exif(6, true));
              case "adobe-rgb" ->
                  TestPhotos.jpeg(photo, 92, TestPhotos.icc(TestPhotos.adobeRgbProfile()));
              default -> TestPhotos.jpeg(photo, 92);
            };
        Files.write(file, jpeg);
      }
      originals.add(new Original(names[i], file));
    }
    return originals;
  }

  /**
   * The reference: the original decoded in full, converted to sRGB, turned upright, and resampled
   * with Lanczos-3 straight to each size asked.
   */
  private static final class Reference {
    private final RgbImage full;
    private final Map<Long, RgbImage> sized = new HashMap<>();

    Reference(byte[] original) throws IOException {
      JpegHeader header = JpegHeader.read(original);
      RgbImage decoded =
          Derivatives.pureJava().codecForTests().decodeJpeg(original, Integer.MAX_VALUE);
      full = Srgb.convert(decoded, header.iccProfile()).oriented(header.orientation());
    }

    /** What JPEG quality 85 alone costs: the reference, encoded and decoded again. */
    double encodingAlone(int width, int height) throws IOException {
      RgbImage ref = sized(width, height);
      Codec codec = Derivatives.pureJava().codecForTests();
      return Ssim.of(ref, codec.decodeJpeg(codec.encodeJpeg(ref, 85), Integer.MAX_VALUE));
    }

    private RgbImage sized(int width, int height) {
      return sized.computeIfAbsent(
          ((long) width << 32) | height, k -> Lanczos.resize(full, width, height));
    }

    double ssim(byte[] jpeg) throws IOException {
      return ssim(Derivatives.pureJava().codecForTests().decodeJpeg(jpeg, Integer.MAX_VALUE));
    }

    double ssim(RgbImage image) {
      return Ssim.of(sized(image.width(), image.height()), image);
    }
  }
}
