package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client of a booking's conversation socket ({@code /ws/bookings/{id}}): collects text frames as
 * JSON, notes the server's {@code {"ready":true}} (sent once the catch-up is out and the socket
 * hears new messages), and its close code.
 */
class ChatSocket implements WebSocket.Listener {
  /** One provider for all frames: {@code Json.createReader} looks the provider up on every call. */
  private static final jakarta.json.spi.JsonProvider JSON =
      jakarta.json.spi.JsonProvider.provider();

  private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
  final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final CompletableFuture<Void> ready = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  WebSocket socket;

  static ChatSocket open(int port, String bookingId, String session, String after) {
    return open(HttpClient.newHttpClient(), port, bookingId, session, after);
  }

  static ChatSocket open(
      HttpClient client, int port, String bookingId, String session, String after) {
    return connect(client, port, bookingId, session, after).join();
  }

  /** Starts connecting; the future completes once the handshake is done. */
  static CompletableFuture<ChatSocket> connect(
      HttpClient client, int port, String bookingId, String session, String after) {
    return connect(client, port, bookingId, session, after, new ChatSocket());
  }

  /** Starts connecting with a listener of a subclass. */
  static CompletableFuture<ChatSocket> connect(
      HttpClient client,
      int port,
      String bookingId,
      String session,
      String after,
      ChatSocket listener) {
    return connect(client, port, bookingId, session, after, listener, null);
  }

  /** Starts connecting as a page of {@code origin} would (null: as a program, no Origin). */
  static CompletableFuture<ChatSocket> connect(
      HttpClient client,
      int port,
      String bookingId,
      String session,
      String after,
      ChatSocket listener,
      String origin) {
    String query = after == null ? "" : "?after=" + after;
    var builder =
        client
            .newWebSocketBuilder()
            .header("Host", Env.SAKURA.replace(":" + Env.PORT, ":" + port))
            .header("Cookie", "JSESSIONID=" + session);
    if (origin != null) {
      builder.header("Origin", origin);
    }
    return builder
        .connectTimeout(Duration.ofSeconds(10))
        .buildAsync(
            URI.create("ws://127.0.0.1:" + port + "/ws/bookings/" + bookingId + query), listener)
        .thenApply(
            socket -> {
              listener.socket = socket;
              return listener;
            });
  }

  /** Waits until the server says the socket hears new messages. */
  ChatSocket awaitReady() throws Exception {
    ready.get(10, TimeUnit.SECONDS);
    return this;
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

  /** Called for every frame as it arrives, before it is queued (for timing). */
  void onFrame(JsonObject frame) {}

  /** Whether to queue a frame for {@link #next}; a benchmark keeps none. */
  boolean keeps(JsonObject frame) {
    return true;
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      JsonObject frame = JSON.createReader(new StringReader(partial.toString())).readObject();
      partial.setLength(0);
      if (frame.containsKey("ready")) {
        ready.complete(null);
      } else {
        onFrame(frame);
        if (keeps(frame)) {
          frames.add(frame);
        }
      }
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(statusCode);
    ready.completeExceptionally(new IllegalStateException("closed " + statusCode));
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.completeExceptionally(error);
    ready.completeExceptionally(error);
  }
}
