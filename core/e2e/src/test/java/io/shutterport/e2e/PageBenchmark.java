package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page benchmark ({@code ./shutterport bench pages}): wrk with 32 connections against the
 * embedded demo server, warmed, measures an anonymous visitor's home, search and profile pages next
 * to {@code /api/v1/prefectures} (a small JSON answer that does no work), and prints each page's
 * requests per second as a share of the JSON's. Not part of the test suite.
 */
class PageBenchmark {
  private static final int PORT = Integer.getInteger("it.embedded.port", 9380);
  private static final String BASE = "http://127.0.0.1:" + PORT;
  private static final String HOST = "sakura.localhost:" + PORT;
  private static final int CONNECTIONS = Integer.getInteger("bench.clients", 32);
  private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
  private static final int SECONDS = Integer.getInteger("bench.pages.seconds", 10);
  private static final int ROUNDS = Integer.getInteger("bench.pages.rounds", 3);
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern LATENCY =
      Pattern.compile("Latency\\s+([0-9.]+\\w+)\\s+([0-9.]+\\w+)");
  private static final Pattern P99 = Pattern.compile("99%\\s+([0-9.]+\\w+)");
  private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

  /**
   * Marks a target asked for with {@code Cache-Control: no-cache} (not sent as part of the URL).
   */
  private static final String AFRESH = "#no-cache";

  private record Result(String name, String path, double rate, String mean, String p99) {}

  @Test
  void pagesAgainstTheCheapestJson() throws Exception {
    Api visitor = new Api(HOST, "ja", PORT);
    String photographer =
        visitor
            .get("/api/v1/photographers?category=shichigosan")
            .array()
            .getJsonObject(0)
            .getJsonObject("photographer")
            .getString("photographerId");
    Map<String, String> targets = new LinkedHashMap<>();
    targets.put("`/api/v1/prefectures` (JSON)", "/api/v1/prefectures");
    targets.put("home page", "/");
    targets.put(
        "search page (category, prefecture)", "/search?category=shichigosan&prefecture=tokyo");
    targets.put("profile page", "/photographer?id=" + photographer);
    // The same pages drawn for every request: what a node does when its copies were just dropped
    // or never asked for (decision 94).
    List<String> pages = List.copyOf(targets.keySet()).subList(1, targets.size());
    for (String page : pages) {
      targets.put(page + ", drawn afresh (`no-cache`)", targets.get(page) + AFRESH);
    }
    for (String path : targets.values().stream().filter(p -> !p.endsWith(AFRESH)).toList()) {
      var page = visitor.get(path);
      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.raw().headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
    for (String path : targets.values()) {
      wrk(path, WARMUP);
    }
    // Rounds of every target in turn, each page against the JSON measured in the same round: on a
    // shared machine the throughput drifts over minutes, and a page measured two minutes after
    // the JSON compared it with another machine.
    Map<String, List<Result>> rounds = new LinkedHashMap<>();
    List<double[]> shares = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      double[] share = new double[targets.size()];
      double json = 0;
      int i = 0;
      for (var target : targets.entrySet()) {
        String out = wrk(target.getValue(), SECONDS);
        Matcher errors = ERRORS.matcher(out);
        assertThat(errors.find() ? Long.parseLong(errors.group(1)) : 0)
            .as(target.getKey() + " answered with errors:\n" + out)
            .isZero();
        Result result =
            new Result(
                target.getKey(),
                target.getValue(),
                number(RATE, out),
                text(LATENCY, out),
                text(P99, out));
        rounds.computeIfAbsent(target.getKey(), k -> new ArrayList<>()).add(result);
        json = i == 0 ? result.rate() : json;
        share[i++] = result.rate() / json;
      }
      shares.add(share);
    }
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            "wrk, %d connections, 2 threads, %d s warm-up each, then %d rounds of %d s per"
                + " request in turn, embedded demo server; each figure is the median of the"
                + " rounds, a share compares a page with the JSON of its own round%n%n",
            CONNECTIONS, WARMUP, ROUNDS, SECONDS));
    table.append(
        "| request | req/s | share of the JSON's | shares per round | mean latency | p99 |\n");
    table.append("|---|---:|---:|---|---:|---:|\n");
    int i = 0;
    for (var entry : rounds.entrySet()) {
      int column = i++;
      List<Result> results = new ArrayList<>(entry.getValue());
      results.sort(java.util.Comparator.comparingDouble(Result::rate));
      Result median = results.get(results.size() / 2);
      double[] pageShares = shares.stream().mapToDouble(r -> r[column]).sorted().toArray();
      String perRound =
          String.join(
              " · ", shares.stream().map(r -> String.format("%.0f %%", 100 * r[column])).toList());
      table.append(
          String.format(
              "| %s | %.0f | %.0f %% | %s | %s | %s |%n",
              entry.getKey(),
              median.rate(),
              100 * pageShares[pageShares.length / 2],
              perRound,
              median.mean(),
              median.p99()));
    }
    Path report = Path.of("target", "page-benchmark.md");
    Files.writeString(report, table.toString(), StandardCharsets.UTF_8);
    System.out.println(table);
  }

  /** Runs wrk against one path of the sakura marketplace and gives back its report. */
  private static String wrk(String target, int seconds) throws IOException, InterruptedException {
    boolean afresh = target.endsWith(AFRESH);
    String path = afresh ? target.substring(0, target.length() - AFRESH.length()) : target;
    List<String> command =
        new ArrayList<>(
            List.of(
                "wrk",
                "-t2",
                "-c" + CONNECTIONS,
                "-d" + seconds + "s",
                "--latency",
                "-H",
                "Host: " + HOST,
                "-H",
                "Accept-Language: ja"));
    if (afresh) {
      command.addAll(List.of("-H", "Cache-Control: no-cache"));
    }
    command.add(BASE + path);
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(wrk.waitFor()).as(out).isZero();
    return out;
  }

  private static double number(Pattern pattern, String out) {
    Matcher m = pattern.matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private static String text(Pattern pattern, String out) {
    Matcher m = pattern.matcher(out);
    return m.find() ? m.group(1) : "?";
  }
}
