package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The messaging benchmark ({@code ./shutterport bench chat}): 1,000 WebSocket clients spread over
 * the two production servers (Redis pub/sub between them) listen to 50 conversations, 20 clients
 * each (the two parties in ten tabs apiece, half on each node). The parties then post messages
 * through the REST API, alternating nodes, 16 at a time; each message carries its send time, and
 * every client records the delay to its receipt. Prints fan-out latency p50/p99 and the messages
 * and deliveries per second sustained. Not part of the test suite.
 */
class ChatBenchmark {
  private static final int NODE2 = Integer.getInteger("it.node2.port", 9281);
  private static final int CONVERSATIONS = Integer.getInteger("bench.chat.conversations", 50);
  private static final int TABS = 10;
  private static final int MESSAGES_PER_PARTY = Integer.getInteger("bench.chat.messages", 20);
  private static final int SENDERS = 16;

  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  /** One conversation: its booking and its two parties' clients. */
  private record Conversation(String bookingId, Api customer, Api photographer) {}

  @Test
  void fanOutAcrossTwoNodes() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    List<Conversation> conversations = new ArrayList<>();
    for (int i = 0; i < CONVERSATIONS; i++) {
      Api customer = Accounts.customer(Env.SAKURA);
      // Inquiries: a conversation each with the same photographer, holding no time.
      var inquiry =
          customer.post(
              "/api/v1/bookings/inquiries",
              Api.obj(
                  Map.of(
                      "planId",
                      photographer.planId(),
                      "date",
                      java.time.LocalDate.now().plusDays(40).toString(),
                      "startTime",
                      "11:00")));
      assertThat(inquiry.status()).as(inquiry.toString()).isEqualTo(201);
      conversations.add(
          new Conversation(inquiry.json().getString("id"), customer, photographer.api()));
    }

    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong deliveries = new AtomicLong();
    List<HttpClient> clients = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      clients.add(HttpClient.newHttpClient());
    }
    // Pages open over time, not all in the same instant: connect 50 at a time.
    List<ChatSocket> sockets = new ArrayList<>();
    List<CompletableFuture<ChatSocket>> opening = new ArrayList<>();
    long openStart = System.nanoTime();
    int n = 0;
    for (Conversation c : conversations) {
      for (Api party : List.of(c.customer(), c.photographer())) {
        for (int tab = 0; tab < TABS; tab++, n++) {
          int port = n % 2 == 0 ? Env.PORT : NODE2;
          opening.add(
              Timed.connect(
                  clients.get(n % clients.size()),
                  port,
                  c.bookingId(),
                  party.cookie("JSESSIONID"),
                  latencies,
                  deliveries));
          if (opening.size() == 50) {
            for (CompletableFuture<ChatSocket> f : opening) {
              sockets.add(f.get(60, TimeUnit.SECONDS).awaitReady());
            }
            opening.clear();
          }
        }
      }
    }
    for (CompletableFuture<ChatSocket> f : opening) {
      sockets.add(f.get(60, TimeUnit.SECONDS).awaitReady());
    }
    double openSeconds = (System.nanoTime() - openStart) / 1e9;
    assertThat(sockets).hasSize(CONVERSATIONS * 2 * TABS);

    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    List<CompletableFuture<Boolean>> posts = new ArrayList<>();
    AtomicLong failed = new AtomicLong();
    long start = System.nanoTime();
    for (int round = 0; round < MESSAGES_PER_PARTY; round++) {
      for (Conversation c : conversations) {
        for (Api party : List.of(c.customer(), c.photographer())) {
          int r = round;
          posts.add(
              CompletableFuture.supplyAsync(
                  () -> {
                    Api via = r % 2 == 0 ? party : party.onPort(NODE2);
                    try {
                      var answer =
                          via.post(
                              "/api/v1/bookings/" + c.bookingId() + "/messages",
                              Api.obj(Map.of("body", "t=" + Long.toString(System.nanoTime(), 36))));
                      if (answer.status() == 201) {
                        return true;
                      }
                    } catch (RuntimeException e) { // a dropped connection: counted, not retried
                      System.err.println("post failed: " + e);
                    }
                    failed.incrementAndGet();
                    return false;
                  },
                  senders));
        }
      }
    }
    CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
    long posted = posts.stream().filter(CompletableFuture::join).count();
    long expected = posted * TABS * 2;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (deliveries.get() < expected && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    senders.shutdown();
    for (ChatSocket s : sockets) {
      s.socket.abort();
    }

    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    String report =
        String.format(
            Locale.ROOT,
            "%n| %d WebSocket clients on 2 nodes, %d conversations × %d clients | value |%n"
                + "|---|---|%n"
                + "| sockets opened (50 at a time), each with its catch-up | %.1f s |%n"
                + "| messages posted (REST, 16 at a time, alternating nodes) / failed | %d / %d |%n"
                + "| deliveries expected / received | %d / %d |%n"
                + "| fan-out latency p50, send → receipt | %.1f ms |%n"
                + "| fan-out latency p99 | %.1f ms |%n"
                + "| fan-out latency max | %.1f ms |%n"
                + "| messages/s sustained | %.0f |%n"
                + "| deliveries/s sustained | %.0f |%n",
            sockets.size(),
            CONVERSATIONS,
            TABS * 2,
            openSeconds,
            posted,
            failed.get(),
            expected,
            deliveries.get(),
            percentile(sorted, 0.50),
            percentile(sorted, 0.99),
            sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
            posted / seconds,
            deliveries.get() / seconds);
    System.out.println(report);
    Files.writeString(Path.of("target", "chat-benchmark.md"), report);
    assertThat(deliveries.get()).as("every client got every message").isEqualTo(expected);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
  }

  /** A socket that records, for each message frame, the delay since the time in its body. */
  private static final class Timed extends ChatSocket {
    private final ConcurrentLinkedQueue<Long> latencies;
    private final AtomicLong deliveries;

    private Timed(ConcurrentLinkedQueue<Long> latencies, AtomicLong deliveries) {
      this.latencies = latencies;
      this.deliveries = deliveries;
    }

    static CompletableFuture<ChatSocket> connect(
        HttpClient client,
        int port,
        String bookingId,
        String session,
        ConcurrentLinkedQueue<Long> latencies,
        AtomicLong deliveries) {
      return ChatSocket.connect(
          client, port, bookingId, session, null, new Timed(latencies, deliveries));
    }

    @Override
    void onFrame(JsonObject frame) {
      String body = frame.getString("body", "");
      if (body.startsWith("t=")) {
        latencies.add(System.nanoTime() - Long.parseLong(body.substring(2), 36));
        deliveries.incrementAndGet();
      }
    }

    @Override
    boolean keeps(JsonObject frame) {
      return false;
    }
  }
}
