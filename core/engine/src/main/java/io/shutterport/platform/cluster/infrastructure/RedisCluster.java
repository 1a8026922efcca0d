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

  public RedisCluster(String url) {
    Config config = new Config();
    config
        .useSingleServer()
        .setAddress(url)
        .setConnectionMinimumIdleSize(1)
        .setConnectionPoolSize(4)
        .setSubscriptionConnectionMinimumIdleSize(1)
        .setSubscriptionConnectionPoolSize(4);
    this.redis = Redisson.create(config);
  }

  @Override
  public void publish(String topic, String message) {
    redis.getTopic(PREFIX + topic, StringCodec.INSTANCE).publish(message);
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
    redis
        .<String>getBucket(COUNTERS + key, StringCodec.INSTANCE)
        .set(Long.toString(value), lifetime);
  }

  @Override
  public Duration remaining(String key) {
    long millis = redis.<String>getBucket(COUNTERS + key, StringCodec.INSTANCE).remainTimeToLive();
    return millis > 0 ? Duration.ofMillis(millis) : Duration.ZERO; // -2: no key, -1: no expiry
  }

  @Override
  public long current(String key) {
    String value = redis.<String>getBucket(COUNTERS + key, StringCodec.INSTANCE).get();
    return value == null ? 0 : Long.parseLong(value);
  }

  @Override
  public void close() {
    redis.shutdown();
  }
}
