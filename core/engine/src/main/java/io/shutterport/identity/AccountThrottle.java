package io.shutterport.identity;

import io.shutterport.platform.cluster.RateLimiter;
import io.shutterport.platform.cluster.RateLimiter.Limit;
import io.shutterport.platform.config.Settings;
import io.shutterport.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Limits what an attacker can try against accounts, per account and per client address, on every
 * node at once (the cluster's counters: Redis in production, this JVM on the embedded profile).
 * Wrong passwords are counted per e-mail and per client, and once either reaches its limit every
 * login of that e-mail or client waits for the window to end — before any password is hashed, so
 * guessing costs the node nothing more. Sign-ups and reset requests are counted per client, and the
 * mails they send per e-mail. Known and unknown e-mails are counted and answered alike.
 */
@ApplicationScoped
public class AccountThrottle {
  @Inject RateLimiter limiter;
  @Inject Settings settings;
  @Inject TenantContext request;

  /** Refuses a login (429) while the account or the client has used up its failures. */
  void beforeLogin(String email) {
    limiter.requireUnder(
        "login", "account:" + email, Limit.parse(settings.loginFailuresPerAccount()));
    limiter.requireUnder(
        "login", "client:" + request.client(), Limit.parse(settings.loginFailuresPerClient()));
  }

  /** Counts a failed login against the account and the client. */
  void failedLogin(String email) {
    limiter.count("login", "account:" + email, Limit.parse(settings.loginFailuresPerAccount()));
    limiter.count(
        "login", "client:" + request.client(), Limit.parse(settings.loginFailuresPerClient()));
  }

  /**
   * Counts a request that sends a mail to {@code email} (sign-up, verification, reset) against the
   * client, and the mail against the address; refuses (429) past either limit.
   */
  void beforeMail(String email) {
    limiter.acquire(
        "account", "client:" + request.client(), Limit.parse(settings.accountMailsPerClient()));
    limiter.acquire("account", "email:" + email, Limit.parse(settings.accountMailsPerEmail()));
  }
}
