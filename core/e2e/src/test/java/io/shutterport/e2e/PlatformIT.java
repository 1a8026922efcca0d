package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, unknown hosts, and sessions kept in Redis. */
class PlatformIT {

  @Test
  void readinessChecksDatabaseAndRedis() {
    var ready = new Api("localhost:" + Env.PORT).get("/health/ready");
    assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
    assertThat(ready.text()).contains("\"database\":true").contains("\"redis\":true");
    assertThat(new Api("localhost:" + Env.PORT).get("/health/live").status()).isEqualTo(200);
  }

  @Test
  void openApiDescribesTheApi() {
    var doc = new Api("localhost:" + Env.PORT).get("/openapi");
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.text()).contains("/api/v1/bookings").contains("/api/v1/auth/register");
  }

  @Test
  void unknownHostGetsAPlain404PageWithoutStackTrace() {
    var page = new Api("nowhere.localhost:" + Env.PORT).get("/");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.text())
        .contains("No marketplace")
        .doesNotContain("Exception")
        .doesNotContain("at io.");
  }

  @Test
  void sessionsLiveInRedis() throws Exception {
    Accounts.demo(Env.SAKURA, "customer@sakura.example");
    assertThat(redisKeysNamed("*session*")).as("Liberty's session caches in Redis").isPositive();
  }

  @Test
  void aPluginThatFailsAtStartIsListedAsFailedWhileEverythingElseServes() {
    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    var plugins = operator.get("/api/v1/operator/plugins").array();
    var states = new java.util.HashMap<String, String>();
    plugins.forEach(
        p -> states.put(p.asJsonObject().getString("id"), p.asJsonObject().getString("state")));
    assertThat(states)
        .containsEntry("broken-on-start", "FAILED")
        .containsEntry("storage-local", "STARTED")
        .containsEntry("payment-invoice", "STARTED")
        .containsEntry("category-japan-ceremonies", "STARTED");
    assertThat(new Api(Env.SAKURA).get("/api/v1/categories").status()).isEqualTo(200);
  }

  @Test
  void publicPagesGiveAnonymousVisitorsNoSession() {
    String photographerId =
        new Api(Env.SAKURA)
            .get("/api/v1/photographers?category=shichigosan&prefecture=kyoto")
            .array()
            .getJsonObject(0)
            .getJsonObject("photographer")
            .getString("photographerId");
    for (String page :
        new String[] {
          "/",
          "/search",
          "/search?category=shichigosan&prefecture=kyoto",
          "/photographer?id=" + photographerId
        }) {
      var answer = new Api(Env.SAKURA).get(page);
      assertThat(answer.status()).as(page).isEqualTo(200);
      assertThat(answer.raw().headers().allValues("Set-Cookie"))
          .as(page + " must not start an HTTP session")
          .noneMatch(c -> c.startsWith("JSESSIONID"));
    }
  }

  @Test
  void responsesCarryNoSniff() {
    var home = new Api(Env.SAKURA).get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  private static long redisKeysNamed(String pattern) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", 6379)) {
      OutputStream out = socket.getOutputStream();
      out.write(("KEYS " + pattern + "\r\n").getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[65536];
      int n = in.read(buffer);
      String reply = new String(buffer, 0, n, StandardCharsets.US_ASCII);
      return Long.parseLong(reply.substring(1, reply.indexOf('\r')));
    }
  }
}
