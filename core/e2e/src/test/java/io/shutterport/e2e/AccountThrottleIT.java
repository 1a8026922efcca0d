package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Guessing passwords and sending account mails are limited per account and per client address, on
 * every node at once: past the limit the answer is 429 with Retry-After (localised problem+json),
 * the same for known and unknown e-mails, and no password is hashed for it.
 */
class AccountThrottleIT {
  private static final String WRONG = "not-the-password-1";

  @ParameterizedTest
  @EnumSource(Profile.class)
  void wrongPasswordsLockTheAccountForAWhileKnownOrNot(Profile profile) {
    String email = Env.unique("guessed");
    Accounts.signUp(profile, profile.sakura(), email, "Guessed", "CUSTOMER");
    String unknown = Env.unique("nobody");
    for (String target : new String[] {email, unknown}) {
      for (int i = 0; i < 10; i++) {
        Api attacker = profile.api(profile.sakura()); // a new address each time
        assertThat(attacker.login(target, WRONG).status()).isEqualTo(401);
      }
    }
    Api attacker = profile.api(profile.sakura()).withLanguage("ja");
    var known = attacker.login(email, WRONG);
    var notKnown = attacker.login(unknown, WRONG);
    assertThat(known.status()).isEqualTo(429);
    assertThat(known.header("Content-Type")).startsWith("application/problem+json");
    assertThat(Long.parseLong(known.header("Retry-After"))).isBetween(1L, 15L * 60);
    assertThat(known.json().getString("detail")).contains("ログイン");
    assertThat(notKnown.status()).isEqualTo(429);
    assertThat(notKnown.json().getString("detail").replaceAll("[0-9]+", "N"))
        .as("an unknown e-mail is answered like a known one (the seconds to wait may tick)")
        .isEqualTo(known.json().getString("detail").replaceAll("[0-9]+", "N"));
    assertThat(profile.api(profile.sakura()).login(email, Env.PASSWORD).status())
        .as("the right password waits too: guessing gains nothing")
        .isEqualTo(429);
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void oneClientCannotGuessAcrossManyAccounts(Profile profile) {
    Api client = profile.api(profile.sakura());
    for (int i = 0; i < 50; i++) {
      assertThat(client.login(Env.unique("spray"), WRONG).status()).isEqualTo(401);
    }
    var limited = client.login(Env.unique("spray"), WRONG);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isNotBlank();
    assertThat(profile.api(profile.sakura()).login(Env.unique("other"), WRONG).status())
        .as("another client is not held back")
        .isEqualTo(401);
  }

  /** The production cluster shares the count: failures on one node count on the other. */
  @Test
  void failuresCountOnEveryNode() {
    String email = Env.unique("shared");
    Api node1 = new Api(Env.SAKURA);
    Api node2 = new Api(Env.SAKURA).onPort(Integer.getInteger("it.node2.port", 9281));
    for (int i = 0; i < 5; i++) {
      assertThat(node1.login(email, WRONG).status()).isEqualTo(401);
      assertThat(node2.login(email, WRONG).status()).isEqualTo(401);
    }
    assertThat(node1.login(email, WRONG).status()).isEqualTo(429);
    assertThat(node2.login(email, WRONG).status()).isEqualTo(429);
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void signUpsAndResetMailsAreLimited(Profile profile) {
    Api client = profile.api(profile.sakura());
    int accepted = 0;
    Api.Answer last = null;
    for (int i = 0; i < 21; i++) {
      last = client.register(Env.unique("bulk"), "Bulk", "CUSTOMER");
      if (last.status() == 202) {
        accepted++;
      }
    }
    assertThat(accepted).as("sign-ups from one client per hour").isEqualTo(20);
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.header("Retry-After")).isNotBlank();

    String target = Env.unique("victim");
    int mailed = 0;
    for (int i = 0; i < 6; i++) {
      var reset =
          profile
              .api(profile.sakura())
              .post("/api/v1/auth/password-reset", Api.obj(Map.of("email", target)));
      if (reset.status() == 202) {
        mailed++;
      } else {
        assertThat(reset.status()).isEqualTo(429);
      }
    }
    assertThat(mailed).as("reset mails to one address per hour, whoever asks").isEqualTo(5);
  }
}
