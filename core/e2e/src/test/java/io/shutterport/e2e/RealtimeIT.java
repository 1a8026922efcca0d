package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conversations in real time across nodes: a socket on node B hears a message posted on node A
 * (through Redis pub/sub), a reconnecting socket catches up without losses or duplicates, strangers
 * are refused, and a malformed frame gets an error without closing the socket.
 */
class RealtimeIT {
  private static final int NODE2 = Integer.getInteger("it.node2.port", 9281);

  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void aMessagePostedOnOneNodeReachesASocketOnTheOtherAtOnce() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String date = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(40).toString();
    var booking =
        customer.post(
            "/api/v1/bookings",
            Api.obj(Map.of("planId", photographer.planId(), "date", date, "startTime", "11:00")));
    String bookingId = booking.json().getString("id");
    String messages = "/api/v1/bookings/" + bookingId + "/messages";

    Socket onB = Socket.open(NODE2, bookingId, customer.cookie("JSESSIONID"), null);
    Thread.sleep(300);
    assertThat(onB.closed.isDone())
        .as("still open: " + (onB.closed.isDone() ? onB.closed.getNow(-1) : ""))
        .isFalse();
    long start = System.nanoTime();
    assertThat(photographer.api().post(messages, Api.obj(Map.of("body", "集合は鳥居の前で"))).status())
        .isEqualTo(201);
    JsonObject heard = onB.next();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(heard.getString("body")).isEqualTo("集合は鳥居の前で");
    assertThat(millis).as("posted on node A, heard on node B").isLessThan(1000);

    // A malformed frame: an error back, the socket stays and keeps delivering.
    onB.socket.sendText("{not json", true).join();
    assertThat(onB.next().getString("error")).contains("POST");

    // Dropped: two messages posted meanwhile arrive on reconnect, once each, in order.
    onB.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    customer.post(messages, Api.obj(Map.of("body", "one")));
    photographer.api().post(messages, Api.obj(Map.of("body", "two")));
    Socket again =
        Socket.open(NODE2, bookingId, customer.cookie("JSESSIONID"), heard.getString("id"));
    assertThat(List.of(again.next().getString("body"), again.next().getString("body")))
        .containsExactly("one", "two");
    assertThat(again.poll(500)).as("nothing twice").isNull();

    // A stranger, and nobody at all, are refused.
    Api stranger = Accounts.customer(Env.SAKURA);
    assertThat(Socket.open(NODE2, bookingId, stranger.cookie("JSESSIONID"), null).closed())
        .isEqualTo(1008);
    assertThatThrownBy(() -> Socket.open(NODE2, bookingId, "none", null))
        .as("no session: the handshake itself is refused")
        .isInstanceOf(java.util.concurrent.CompletionException.class);
  }

  /** A WebSocket client collecting text frames as JSON, and its close code. */
  private static final class Socket implements WebSocket.Listener {
    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    static Socket open(int port, String bookingId, String session, String after) {
      Socket listener = new Socket();
      String query = after == null ? "" : "?after=" + after;
      listener.socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .header("Host", Env.SAKURA.replace(":" + Env.PORT, ":" + port))
              .header("Cookie", "JSESSIONID=" + session)
              .connectTimeout(Duration.ofSeconds(5))
              .buildAsync(
                  URI.create("ws://127.0.0.1:" + port + "/ws/bookings/" + bookingId + query),
                  listener)
              .join();
      return listener;
    }

    JsonObject next() throws InterruptedException {
      JsonObject frame = frames.poll(5, TimeUnit.SECONDS);
      assertThat(frame).as("a frame within 5 s").isNotNull();
      return frame;
    }

    JsonObject poll(long millis) throws InterruptedException {
      return frames.poll(millis, TimeUnit.MILLISECONDS);
    }

    int closed() throws Exception {
      return closed.get(5, TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.completeExceptionally(error);
    }
  }
}
