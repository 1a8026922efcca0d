package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A page of another site — a sibling marketplace on the same parent domain included, which
 * SameSite=Lax lets cookies through from — cannot make a logged-in user's browser change anything
 * or open their chat socket; the site's own pages and programs without a browser can.
 */
class CrossSiteIT {
  @ParameterizedTest
  @EnumSource(Profile.class)
  void writesAndSocketsFromAnotherSitesPageAreRefused(Profile profile) throws Exception {
    var photographer = Accounts.photographer(profile, 21000);
    Api customer = Accounts.customer(profile);
    var inquiry =
        customer.post(
            "/api/v1/bookings/inquiries",
            Api.obj(Map.of("planId", photographer.planId(), "date", RacesIT.someDay())));
    assertThat(inquiry.status()).as(inquiry.toString()).isEqualTo(201);
    String messages = "/api/v1/bookings/" + inquiry.json().getString("id") + "/messages";
    JsonObject hello = Api.obj(Map.of("body", "こんにちは"));
    String own = "http://" + profile.sakura();
    String sibling = "http://paws.localhost:" + profile.port;

    var fromSibling = customer.postWithHeader(messages, hello, "Origin", sibling);
    assertThat(fromSibling.status()).isEqualTo(403);
    assertThat(fromSibling.header("Content-Type")).startsWith("application/problem+json");
    var viaReferer =
        customer.postWithHeader(messages, hello, "Referer", "http://evil.localhost/attack.html");
    assertThat(viaReferer.status()).isEqualTo(403);
    assertThat(customer.postWithHeader(messages, hello, "Origin", "null").status()).isEqualTo(403);
    assertThat(customer.get(messages).array()).as("nothing was posted").isEmpty();

    assertThat(customer.postWithHeader(messages, hello, "Origin", own).status()).isEqualTo(201);
    assertThat(customer.post(messages, hello).status())
        .as("a program sends no Origin: its credentials decide")
        .isEqualTo(201);
    assertThat(
            customer
                .postWithHeader(
                    "/api/v1/auth/logout", JsonObject.EMPTY_JSON_OBJECT, "Origin", sibling)
                .status())
        .as("not even a logout")
        .isEqualTo(403);
    assertThat(customer.get("/api/v1/auth/me").status()).isEqualTo(200);

    String session = customer.cookie("JSESSIONID");
    String bookingId = inquiry.json().getString("id");
    HttpClient http = HttpClient.newHttpClient();
    int refused;
    try {
      refused =
          ChatSocket.connect(
                  http, profile.port, bookingId, session, null, new ChatSocket(), sibling)
              .join()
              .closed();
    } catch (java.util.concurrent.CompletionException handshakeRefused) {
      refused = 403;
    }
    assertThat(refused)
        .as("the handshake is refused (403), or the socket closes at once (violated policy)")
        .isIn(403, 1008);
    var accepted =
        ChatSocket.connect(http, profile.port, bookingId, session, null, new ChatSocket(), own)
            .join();
    accepted.awaitReady();
    accepted.socket.sendClose(1000, "done");
  }
}
