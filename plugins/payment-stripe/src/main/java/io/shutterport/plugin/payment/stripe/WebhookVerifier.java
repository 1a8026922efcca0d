package io.shutterport.plugin.payment.stripe;

import io.shutterport.spi.payment.WebhookRejectedException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Stripe's {@code Stripe-Signature} header ({@code t=<unix>,v1=<hex>[,v1=…]}): an
 * HMAC-SHA256, keyed with the endpoint secret, of {@code t + "." + raw body}, compared in constant
 * time, with the timestamp at most {@link #TOLERANCE} away. Several secrets verify at once, for
 * rotation.
 */
final class WebhookVerifier {
  static final Duration TOLERANCE = Duration.ofSeconds(300);

  private final List<String> secrets;
  private final Clock clock;

  WebhookVerifier(List<String> secrets, Clock clock) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("no webhook secret");
    }
    this.secrets = List.copyOf(secrets);
    this.clock = clock;
  }

  void verify(String header, byte[] rawBody) {
    if (header == null || header.isBlank()) {
      throw new WebhookRejectedException("missing signature");
    }
    long timestamp = -1;
    List<byte[]> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] kv = part.strip().split("=", 2);
      if (kv.length != 2) {
        continue;
      }
      if (kv[0].equals("t")) {
        try {
          timestamp = Long.parseLong(kv[1]);
        } catch (NumberFormatException e) {
          throw new WebhookRejectedException("bad timestamp");
        }
      } else if (kv[0].equals("v1")) {
        try {
          signatures.add(HexFormat.of().parseHex(kv[1]));
        } catch (IllegalArgumentException e) {
          // not hex: cannot match
        }
      }
    }
    if (timestamp < 0 || signatures.isEmpty()) {
      throw new WebhookRejectedException("malformed signature header");
    }
    long skew = Math.abs(clock.instant().getEpochSecond() - timestamp);
    if (skew > TOLERANCE.toSeconds()) {
      throw new WebhookRejectedException("timestamp outside tolerance");
    }
    boolean matched = false;
    for (String secret : secrets) {
      byte[] expected = sign(secret, timestamp, rawBody);
      for (byte[] given : signatures) {
        matched |= MessageDigest.isEqual(expected, given); // constant time, no early exit
      }
    }
    if (!matched) {
      throw new WebhookRejectedException("signature does not match");
    }
  }

  /** The v1 signature of a payload, as Stripe computes it. */
  static byte[] sign(String secret, long timestamp, byte[] rawBody) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(rawBody);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
