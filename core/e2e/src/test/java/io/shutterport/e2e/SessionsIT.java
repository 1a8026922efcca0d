package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A password reset ends every session of the account, on every node, on both profiles. */
class SessionsIT {
  private static final String NEW_PASSWORD = "a brand new passphrase 42";

  /**
   * Where a node is served over HTTPS its session cookie is {@code Secure}: the second production
   * test node runs as production does behind TLS (SHUTTERPORT_COOKIES_SECURE=true); the first is
   * told it is reached over plain HTTP. {@code ChatJourneyIT} logs a browser in on the second node.
   */
  @Test
  void theSessionCookieIsSecureOnANodeServedOverHttps() {
    String email = Env.unique("cookie");
    Accounts.signUp(Env.SAKURA, email, "Cookie", "CUSTOMER");
    var secure =
        new Api(Env.SAKURA)
            .onPort(Integer.getInteger("it.node2.port", 9281))
            .login(email, Env.PASSWORD);
    assertThat(secure.status()).isEqualTo(200);
    assertThat(secure.header("Set-Cookie")).contains("JSESSIONID=").contains("Secure");
    var plain = new Api(Env.SAKURA).login(email, Env.PASSWORD);
    assertThat(plain.header("Set-Cookie")).contains("JSESSIONID=").doesNotContain("Secure");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void aPasswordResetEndsEverySessionOfTheAccount(Profile profile) {
    String email = Env.unique("reset");
    Api laptop = Accounts.signUp(profile, profile.sakura(), email, "Reset", "CUSTOMER");
    Api phone = profile.api(profile.sakura());
    assertThat(phone.login(email, Env.PASSWORD).status()).isEqualTo(200);
    // On production the phone's requests reach the other node (sessions live in Redis).
    Api phoneElsewhere =
        profile == Profile.PRODUCTION
            ? phone.onPort(Integer.getInteger("it.node2.port", 9281))
            : phone;
    assertThat(laptop.get("/api/v1/auth/me").status()).isEqualTo(200);
    assertThat(phoneElsewhere.get("/api/v1/auth/me").status()).isEqualTo(200);

    Api stranger = profile.api(profile.sakura());
    assertThat(
            stranger.post("/api/v1/auth/password-reset", Api.obj(Map.of("email", email))).status())
        .isEqualTo(202);
    String token = profile.token(stranger, email, "reset");
    var reset =
        stranger.post(
            "/api/v1/auth/password-reset/confirm",
            Api.obj(Map.of("token", token, "password", NEW_PASSWORD)));
    assertThat(reset.status()).as(reset.toString()).isEqualTo(204);

    assertThat(laptop.get("/api/v1/auth/me").status())
        .as("the laptop is logged out")
        .isEqualTo(401);
    assertThat(phoneElsewhere.get("/api/v1/auth/me").status())
        .as("so is the phone, on another node")
        .isEqualTo(401);
    Api again = profile.api(profile.sakura());
    assertThat(again.login(email, Env.PASSWORD).status()).isEqualTo(401);
    assertThat(again.login(email, NEW_PASSWORD).status()).isEqualTo(200);
    assertThat(again.get("/api/v1/auth/me").status())
        .as("a session begun after the reset goes on")
        .isEqualTo(200);
  }
}
