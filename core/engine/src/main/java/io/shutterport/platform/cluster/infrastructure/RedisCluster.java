package io.shutterport.platform.cluster.infrastructure;

import io.shutterport.platform.cluster.ClusterBus;
import io.shutterport.platform.cluster.ClusterCounters;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redisson.Redisson;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/**
 * The cluster bus over Redis pub/sub (Redisson topics) and the shared counters over Redis keys,
 * through one Redisson client. Names are prefixed so that several installations can share one
 * Redis.
 */
public final class RedisCluster implements ClusterBus, ClusterCounters, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(RedisCluster.class.getName());
  private static final String PREFIX = "shutterport:bus:";
  private static final String COUNTERS = "shutterport:count:";

  /** INCR and, for a new key, PEXPIRE — in one step, so no counter outlives its window. */
  private static final String INCREMENT =
      "local n = redis.call('incr', KEYS[1]) "
          + "if n == 1 then redis.call('pexpire', KEYS[1], ARGV[1]) end "
          + "return n";

  private final RedissonClient redis;

  /**
   * How to reach Redis: the settings the session cache reads too ({@code SHUTTERPORT_REDIS_URL},
   * {@code _PASSWORD}, {@code _TRUSTSTORE}), so one set of settings serves sessions, the bus and
   * the counters.
   *
   * @param url {@code redis://host:port}, {@code rediss://…} for TLS, or several addresses
   *     separated by commas for a Redis Cluster (ElastiCache's cluster mode)
   * @param password AUTH's password, if the server asks for one
   * @param truststore the URL ({@code file:/…}) of a PKCS#12 or JKS file of the certificates to
   *     trust, when the server's is not signed by a public authority
   * @param truststorePassword its password
   */
  public record Options(
      String url,
      java.util.Optional<String> password,
      java.util.Optional<String> truststore,
      java.util.Optional<String> truststorePassword) {}

  public RedisCluster(Options options) {
    this.redis = Redisson.create(config(options));
  }

  static Config config(Options options) {
    Config config = new Config();
    String[] addresses = options.url().split("\\s*,\\s*");
    if (addresses.length > 1) {
      config
          .useClusterServers()
          .addNodeAddress(addresses)
          .setMasterConnectionMinimumIdleSize(1)
          .setMasterConnectionPoolSize(4)
          .setSubscriptionConnectionMinimumIdleSize(1)
          .setSubscriptionConnectionPoolSize(4);
    } else {
      config
          .useSingleServer()
          .setAddress(addresses[0])
          .setConnectionMinimumIdleSize(1)
          .setConnectionPoolSize(4)
          .setSubscriptionConnectionMinimumIdleSize(1)
          .setSubscriptionConnectionPoolSize(4);
    }
    options.password().filter(p -> !p.isEmpty()).ifPresent(config::setPassword);
    if (options.truststore().isPresent()) {
      try {
        config.setSslTruststore(java.net.URI.create(options.truststore().get()).toURL());
      } catch (java.net.MalformedURLException | IllegalArgumentException e) {
        throw new IllegalArgumentException("SHUTTERPORT_REDIS_TRUSTSTORE is not a file: URL", e);
      }
      options.truststorePassword().ifPresent(config::setSslTruststorePassword);
    }
    return config;
  }

  /** Whether Redis answers a command now (readiness), through the same client and settings. */
  @Override
  public boolean reachable() {
    try {
      redis.getBucket(PREFIX + "ping", StringCodec.INSTANCE).isExists();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Runs one Redis command as a client span {@code redis <command>} (keys are not recorded: a
   * limit's key may hold an e-mail address).
   */
  private static <T> T traced(String command, java.util.function.Supplier<T> call) {
    io.opentelemetry.api.trace.Span span =
        io.shutterport.platform.telemetry.Telemetry.sharedTracer()
            .spanBuilder("redis " + command)
            .setSpanKind(io.opentelemetry.api.trace.SpanKind.CLIENT)
            .setAttribute("db.system", "redis")
            .startSpan();
    try {
      return call.get();
    } catch (RuntimeException e) {
      span.setStatus(io.opentelemetry.api.trace.StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }

  @Override
  public void publish(String topic, String message) {
    traced("PUBLISH", () -> redis.getTopic(PREFIX + topic, StringCodec.INSTANCE).publish(message));
  }

  @Override
  public void subscribe(String topic, Consumer<String> listener) {
    redis
        .getTopic(PREFIX + topic, StringCodec.INSTANCE)
        .addListener(
            String.class,
            (channel, message) -> {
              try {
                listener.accept(message);
              } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A listener of " + topic + " failed", e);
              }
            });
  }

  @Override
  public long increment(String key, Duration lifetime) {
    return traced("EVAL", () -> incrementNow(key, lifetime));
  }

  private long incrementNow(String key, Duration lifetime) {
    Long count =
        redis
            .getScript(StringCodec.INSTANCE)
            .eval(
                RScript.Mode.READ_WRITE,
                INCREMENT,
                RScript.ReturnType.LONG,
                List.of(COUNTERS + key),
                Long.toString(lifetime.toMillis()));
    return count;
  }

  @Override
  public void set(String key, long value, Duration lifetime) {
    traced(
        "SET",
        () -> {
          redis
              .<String>getBucket(COUNTERS + key, StringCodec.INSTANCE)
              .set(Long.toString(value), lifetime);
          return null;
        });
  }

  @Override
  public Duration remaining(String key) {
    long millis =
        traced(
            "PTTL",
            () -> redis.<String>getBucket(COUNTERS + key, StringCodec.INSTANCE).remainTimeToLive());
    return millis > 0 ? Duration.ofMillis(millis) : Duration.ZERO; // -2: no key, -1: no expiry
  }

  @Override
  public long current(String key) {
    String value =
        traced("GET", () -> redis.<String>getBucket(COUNTERS + key, StringCodec.INSTANCE).get());
    return value == null ? 0 : Long.parseLong(value);
  }

  @Override
  public void close() {
    redis.shutdown();
  }
}
