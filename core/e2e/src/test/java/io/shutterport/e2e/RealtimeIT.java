package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
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
    String bookingId = ConversationIT.book(customer, photographer);
    String messages = "/api/v1/bookings/" + bookingId + "/messages";

    ChatSocket onB = ChatSocket.open(NODE2, bookingId, customer.cookie("JSESSIONID"), null);
    onB.awaitReady();
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
    ChatSocket again =
        ChatSocket.open(NODE2, bookingId, customer.cookie("JSESSIONID"), heard.getString("id"));
    assertThat(List.of(again.next().getString("body"), again.next().getString("body")))
        .containsExactly("one", "two");
    assertThat(again.poll(500)).as("nothing twice").isNull();

    // The photographer reads: the customer's page hears the receipt at once.
    photographer.api().post(messages + "/read", jakarta.json.JsonObject.EMPTY_JSON_OBJECT);
    assertThat(again.next().getJsonObject("read").getString("userId")).isEqualTo(photographer.id());

    // A stranger, and nobody at all, are refused.
    Api stranger = Accounts.customer(Env.SAKURA);
    assertThat(ChatSocket.open(NODE2, bookingId, stranger.cookie("JSESSIONID"), null).closed())
        .isEqualTo(1008);
    assertThatThrownBy(() -> ChatSocket.open(NODE2, bookingId, "none", null))
        .as("no session: the handshake itself is refused")
        .isInstanceOf(java.util.concurrent.CompletionException.class);
  }

  @Test
  void theMessageRateLimitIsSharedByTheNodes() throws Exception {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String bookingId = ConversationIT.book(customer, photographer);
    String messages = "/api/v1/bookings/" + bookingId + "/messages";
    Api nodeB = customer.onPort(NODE2);
    // The limit counts per minute of the clock (60 in the test servers): start early in a minute.
    long intoMinute = System.currentTimeMillis() % 60_000;
    if (intoMinute > 40_000) {
      Thread.sleep(60_000 - intoMinute + 200);
    }
    for (int i = 1; i <= 60; i++) {
      Api node = i % 2 == 0 ? customer : nodeB;
      var posted = node.post(messages, Api.obj(Map.of("body", "message " + i)));
      assertThat(posted.status()).as("message " + i + ": " + posted).isEqualTo(201);
    }
    var refused = customer.post(messages, Api.obj(Map.of("body", "one too many")));
    assertThat(refused.status()).isEqualTo(429);
    assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
    assertThat(refused.json().getString("detail")).contains("too quickly");
    assertThat(nodeB.post(messages, Api.obj(Map.of("body", "and on node B"))).status())
        .isEqualTo(429);
    assertThat(customer.get(messages + "?limit=200").array())
        .as("nothing stored for refused messages")
        .hasSize(60);
    assertThat(
            photographer.api().post(messages, Api.obj(Map.of("body", "the other side"))).status())
        .as("another user has a count of their own")
        .isEqualTo(201);
  }
}
