package io.shutterport.e2e;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two profiles a rule must hold on: production (PostgreSQL, Redis, SMTP to GreenMail) and the
 * embedded default (H2, in-JVM, mail in the developer outbox). Tests that take a {@code Profile}
 * run once on each.
 */
enum Profile {
  PRODUCTION(Env.PORT),
  EMBEDDED(Integer.getInteger("it.embedded.port", 9380));

  final int port;

  Profile(int port) {
    this.port = port;
  }

  /** The sakura marketplace's host on this profile's server. */
  String sakura() {
    return "sakura.localhost:" + port;
  }

  /** A new client (no session) of a host of this profile's server. */
  Api api(String host) {
    return new Api(host, "en", port);
  }

  /** The token of the verification link mailed to {@code email}. */
  String verificationToken(Api api, String email) {
    return token(api, email, "verify");
  }

  /** The token of the last link to {@code /<page>?token=} mailed to {@code email}. */
  String token(Api api, String email, String page) {
    if (this == PRODUCTION) {
      String link = Mailbox.linkTo(email, "/" + page + "?token=");
      return URI.create(link).getQuery().substring("token=".length());
    }
    return fromOutbox(api, email, "/" + page + "\\?token=([A-Za-z0-9_-]+)");
  }

  /** The first match of {@code pattern}'s group 1 in the outbox's mail to {@code email}. */
  static String fromOutbox(Api api, String email, String pattern) {
    Pattern link = Pattern.compile(pattern);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      String page = api.get("/dev/outbox").text();
      for (int at = page.indexOf(email); at >= 0; at = page.indexOf(email, at + 1)) {
        Matcher m = link.matcher(page.substring(at, Math.min(page.length(), at + 3000)));
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    throw new AssertionError("no mail for " + email + " in the developer outbox");
  }
}
