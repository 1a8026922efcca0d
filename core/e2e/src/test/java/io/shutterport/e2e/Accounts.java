package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

/** Signs users up through the API and the mail they receive. */
final class Accounts {
  private Accounts() {}

  /** Registers, follows the verification link from the mail, logs in; returns the client. */
  static Api signUp(String host, String email, String name, String role) {
    Api api = new Api(host);
    var registered = api.register(email, name, role);
    assertThat(registered.status()).as(registered.toString()).isEqualTo(202);
    String link = Mailbox.linkTo(email, "/verify?token=");
    String token = URI.create(link).getQuery().substring("token=".length());
    var verified = api.post("/api/v1/auth/verify", Api.obj(Map.of("token", token)));
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    var login = api.login(email, Env.PASSWORD);
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return api;
  }

  static Api demo(String host, String email) {
    Api api = new Api(host);
    var login = api.login(email, Env.DEMO_PASSWORD);
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return api;
  }
}
