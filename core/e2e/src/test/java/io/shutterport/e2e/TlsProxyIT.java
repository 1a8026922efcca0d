package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Behind a load balancer that ends TLS (an ALB, an ingress controller), the nodes see plain HTTP
 * from a private address with {@code X-Forwarded-Proto: https} and the public host name without a
 * port. Links in mails and redirects must then be https on that host, and the session cookie Secure
 * (the second node is configured as production is).
 */
class TlsProxyIT {
  private static final int NODE2 = Integer.getInteger("it.node2.port", 9281);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void linksRedirectsAndTheSessionCookieAreHttpsOnThePublicHost() throws Exception {
    Api customer = Accounts.customer(Env.SAKURA);
    String email = customer.get("/api/v1/auth/me").json().getString("email");

    var reset =
        HTTP.send(
            behindTls("/api/v1/auth/password-reset")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(Api.obj(Map.of("email", email)).toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(202);
    assertThat(Mailbox.linkTo(email, "/reset?token="))
        .startsWith("https://sakura.localhost/reset?token=");

    var login =
        HTTP.send(
            behindTls("/api/v1/auth/login")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Api.obj(Map.of("email", email, "password", Env.PASSWORD)).toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    assertThat(login.headers().allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .isNotEmpty()
        .allMatch(c -> c.matches("(?i).*;\\s*Secure(;.*)?$"), "marked Secure");

    var page =
        HTTP.send(behindTls("/studio/profile").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isBetween(301, 303);
    assertThat(page.headers().firstValue("Location").orElseThrow())
        .as("a redirect to sign in stays on https and the public host")
        .satisfiesAnyOf(
            l -> assertThat(l).startsWith("https://sakura.localhost/"),
            l -> assertThat(l).startsWith("/"));
  }

  /** A request as the TLS-ending proxy passes it on: plain HTTP, the public host, the scheme. */
  private static HttpRequest.Builder behindTls(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + NODE2 + path))
        .header("Host", "sakura.localhost")
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-For", "2001:db8:7::" + Long.toHexString(System.nanoTime() & 0xffff));
  }
}
