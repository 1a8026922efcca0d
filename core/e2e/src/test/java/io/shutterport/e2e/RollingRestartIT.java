package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rolling restart under load (docs/operator/runbook.md): both production nodes behind nginx, with
 * visitors searching, customers booking and chatting, a photographer uploading and listening to a
 * conversation on its socket. Each node in turn is taken out of rotation, stopped gracefully,
 * started and put back once ready. Not one request may fail, and every acknowledged message,
 * booking and photo must be there afterwards, with every photo's background job done. Then one node
 * is killed outright mid-upload: requests it held may fail, but nothing it acknowledged is lost and
 * its jobs are taken by the other node once their lease lapses.
 *
 * <p>It stops servers, so the build runs it after every other end-to-end test (its own failsafe
 * execution).
 */
class RollingRestartIT {
  private static final int BALANCER = Integer.getInteger("it.balancer.port", 9290);
  private static final LibertyServer NODE_1 = LibertyServer.NODE_1;
  private static final LibertyServer NODE_2 = LibertyServer.NODE_2;
  private static final String[] TIMES = {"10:00", "12:00", "14:00", "16:00"};

  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void eachNodeRestartsInTurnUnderLoadWithoutAFailedRequestOrALostWrite() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api uploader = photographer.api().onPort(BALANCER);
    Api booker = Accounts.customer(Env.SAKURA).onPort(BALANCER);
    List<Api> chatters = new ArrayList<>();
    List<String> conversations = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Api customer = Accounts.customer(Env.SAKURA);
      conversations.add(
          Accounts.request(
              customer, photographer.planId(), LocalDate.now().plusDays(3 + i), "10:00", ""));
      chatters.add(customer.onPort(BALANCER));
    }
    Api visitor = new Api(Env.SAKURA).onPort(BALANCER);

    Report report = new Report();
    try (Balancer balancer =
            Balancer.start(
                Path.of("target", "balancer"), BALANCER, List.of(NODE_1.port(), NODE_2.port()));
        Listener listener =
            new Listener(conversations.get(0), photographer.api().cookie("JSESSIONID"))) {
      Load load = new Load();
      load.every(
          "search",
          50,
          () -> visitor.get("/api/v1/photographers?category=shichigosan&prefecture=kyoto"),
          200);
      AtomicInteger slot = new AtomicInteger();
      load.every(
          "booking",
          700,
          () -> {
            int n = slot.getAndIncrement();
            return booker.post(
                "/api/v1/bookings",
                Api.obj(
                    Map.of(
                        "planId",
                        photographer.planId(),
                        "date",
                        LocalDate.now().plusDays(10 + n / TIMES.length).toString(),
                        "startTime",
                        TIMES[n % TIMES.length])));
          },
          201);
      for (int i = 0; i < chatters.size(); i++) {
        Api chatter = chatters.get(i);
        String messages = "/api/v1/bookings/" + conversations.get(i) + "/messages";
        AtomicInteger count = new AtomicInteger();
        load.every(
            "message-" + i,
            1200, // under the chat limit of 60 a minute per user
            () -> chatter.post(messages, Api.obj(Map.of("body", "m" + count.incrementAndGet()))),
            201);
      }
      load.every(
          "upload",
          900,
          () ->
              uploader.postBytes(
                  "/api/v1/me/portfolio",
                  Images.jpeg(320, 240, new java.awt.Color(load.started() % 0xFFFFFF)),
                  "image/jpeg"),
          201);

      load.start();
      Thread.sleep(5_000);
      for (LibertyServer node : List.of(NODE_1, NODE_2)) {
        balancer.drain(node.port());
        report.stopped.add(node.stop());
        report.started.add(node.start());
        balancer.restore(node.port());
        Thread.sleep(5_000);
      }
      load.stop();
      report.rolling = load;

      // kill -9 of one node mid-upload: only what it acknowledged has to survive.
      Load uploads = new Load();
      uploads.every(
          "upload",
          300,
          () ->
              uploader.postBytes(
                  "/api/v1/me/portfolio",
                  Images.jpeg(320, 240, java.awt.Color.ORANGE),
                  "image/jpeg"),
          201);
      uploads.start();
      Thread.sleep(3_000);
      NODE_2.kill();
      Thread.sleep(4_000);
      uploads.stop();
      report.killed = uploads;
      NODE_2.start();

      assertThat(load.failures).as("failed requests during the rolling restart").isEmpty();
      for (String kind : List.of("search", "booking", "message-0", "message-1", "upload")) {
        assertThat(load.acknowledged(kind)).as(kind + " requests served").isNotEmpty();
      }

      // Every acknowledged write is there.
      long bookings =
          Sql.number("SELECT count(*) FROM booking WHERE plan_id = ?", photographer.planId());
      assertThat(bookings).isEqualTo(load.acknowledged("booking").size() + conversations.size());
      for (int i = 0; i < conversations.size(); i++) {
        assertThat(
                Sql.number(
                    "SELECT count(*) FROM message WHERE booking_id = ?", conversations.get(i)))
            .as("messages kept in conversation " + i)
            .isEqualTo(load.acknowledged("message-" + i).size());
      }
      Set<String> heard = listener.awaitHeard(ids(load, "message-0"));
      report.heard = heard.size();

      List<String> uploaded = new ArrayList<>(ids(load, "upload"));
      uploaded.addAll(ids(uploads, "upload"));
      Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
      List<JsonObject> portfolio = portfolio(photographer.api());
      while (portfolio.stream().anyMatch(p -> !p.getBoolean("thumbnailReady"))
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(500); // the killed node's claims lapse after SHUTTERPORT_JOBS_LEASE
        portfolio = portfolio(photographer.api());
      }
      assertThat(portfolio.stream().map(p -> p.getString("id")))
          .as("every acknowledged photo")
          .containsAll(uploaded);
      assertThat(portfolio)
          .as("every photo's derivative job ran")
          .allMatch(p -> p.getBoolean("thumbnailReady"));
      report.photos = uploaded.size();
    } finally {
      report.write();
    }
  }

  /** The ids the server gave to acknowledged writes of one kind. */
  private static List<String> ids(Load load, String kind) {
    return load.acknowledged(kind).stream().map(a -> a.json().getString("id")).toList();
  }

  private static List<JsonObject> portfolio(Api photographer) {
    return photographer.get("/api/v1/me/portfolio").array().stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  /** Requests of several kinds, each repeated by its own thread at a steady pace. */
  private static final class Load {
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sent = new AtomicInteger();
    final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final Map<String, Queue<Api.Answer>> acknowledged = new ConcurrentHashMap<>();

    void every(String kind, long millis, Supplier<Api.Answer> request, int expected) {
      Queue<Api.Answer> answers =
          acknowledged.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>());
      threads.add(
          new Thread(
              () -> {
                while (running.get()) {
                  long next = System.nanoTime() + millis * 1_000_000;
                  sent.incrementAndGet();
                  try {
                    Api.Answer answer = request.get();
                    if (answer.status() == expected) {
                      answers.add(answer);
                    } else {
                      failures.add(kind + " " + answer);
                    }
                  } catch (RuntimeException e) {
                    failures.add(kind + " " + e);
                  }
                  long wait = next - System.nanoTime();
                  if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                  }
                }
              },
              "load-" + kind));
    }

    int started() {
      return sent.get();
    }

    void start() {
      threads.forEach(Thread::start);
    }

    void stop() throws InterruptedException {
      running.set(false);
      for (Thread thread : threads) {
        thread.join(Duration.ofMinutes(1).toMillis());
      }
    }

    List<Api.Answer> acknowledged(String kind) {
      return List.copyOf(acknowledged.getOrDefault(kind, new ConcurrentLinkedQueue<>()));
    }

    int total() {
      return acknowledged.values().stream().mapToInt(Queue::size).sum() + failures.size();
    }
  }

  /**
   * The photographer's socket on one conversation through the balancer: when its node goes away it
   * connects again, asking for what it missed after the last message it heard.
   */
  private static final class Listener implements AutoCloseable {
    private final String bookingId;
    private final String session;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Set<String> heard = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final AtomicInteger reconnects = new AtomicInteger();
    private volatile String last;
    private final Thread thread;

    Listener(String bookingId, String session) {
      this.bookingId = bookingId;
      this.session = session;
      thread = new Thread(this::listen, "chat-listener");
      thread.start();
    }

    private void listen() {
      while (open.get()) {
        try {
          ChatSocket socket =
              ChatSocket.connect(
                      http,
                      BALANCER,
                      bookingId,
                      session,
                      last,
                      new ChatSocket() {
                        @Override
                        void onFrame(JsonObject frame) {
                          if (frame.containsKey("id")) {
                            heard.add(frame.getString("id"));
                            last = frame.getString("id");
                          }
                        }

                        @Override
                        boolean keeps(JsonObject frame) {
                          return false;
                        }
                      })
                  .get(15, java.util.concurrent.TimeUnit.SECONDS);
          try {
            socket.closed.get();
          } catch (java.util.concurrent.ExecutionException closedWithError) {
            // the node went away: connect again
          }
        } catch (Exception notConnected) {
          // the balancer had no node ready: try again
        }
        if (open.get()) {
          reconnects.incrementAndGet();
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            return;
          }
        }
      }
    }

    /** Waits up to 10 s until every id was heard; returns what was heard. */
    Set<String> awaitHeard(List<String> ids) throws InterruptedException {
      Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
      while (!heard.containsAll(ids) && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
      assertThat(heard).as("every acknowledged message reached the socket").containsAll(ids);
      return Set.copyOf(heard);
    }

    @Override
    public void close() throws InterruptedException {
      open.set(false);
      thread.interrupt();
      thread.join(5_000);
    }
  }

  /** The figures, printed and kept in target/rolling-restart.md. */
  private static final class Report {
    final List<Duration> stopped = new ArrayList<>();
    final List<Duration> started = new ArrayList<>();
    Load rolling;
    Load killed;
    int heard;
    int photos;

    void write() throws java.io.IOException {
      StringBuilder out = new StringBuilder("# Rolling restart under load\n\n");
      for (int i = 0; i < stopped.size(); i++) {
        out.append(
            "node %d: stopped gracefully in %.1f s, started and ready in %.1f s%n"
                .formatted(
                    i + 1,
                    stopped.get(i).toMillis() / 1000.0,
                    i < started.size() ? started.get(i).toMillis() / 1000.0 : Double.NaN));
      }
      if (rolling != null) {
        out.append(
            "rolling restart: %d requests (search %d, booking %d, message %d, upload %d),"
                    .formatted(
                        rolling.total(),
                        rolling.acknowledged("search").size(),
                        rolling.acknowledged("booking").size(),
                        rolling.acknowledged("message-0").size()
                            + rolling.acknowledged("message-1").size(),
                        rolling.acknowledged("upload").size())
                + " %d failed; %d messages heard on the reconnecting socket%n"
                    .formatted(rolling.failures.size(), heard));
        rolling.failures.stream()
            .limit(20)
            .forEach(f -> out.append("  failed: ").append(f).append('\n'));
      }
      if (killed != null) {
        out.append(
            "kill -9 mid-upload: %d uploads acknowledged, %d not (in flight on the killed node);"
                    .formatted(killed.acknowledged("upload").size(), killed.failures.size())
                + " %d acknowledged photos checked, all present with their derivatives%n"
                    .formatted(photos));
      }
      System.out.println(out);
      Files.writeString(Path.of("target", "rolling-restart.md"), out);
    }
  }
}
