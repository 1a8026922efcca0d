package io.shutterport.platform.cluster.infrastructure;

import io.shutterport.platform.cluster.ClusterBus;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/**
 * The cluster bus over Redis pub/sub (Redisson topics). Topic names are prefixed so that several
 * installations can share one Redis.
 */
public final class RedisBus implements ClusterBus, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(RedisBus.class.getName());
  private static final String PREFIX = "shutterport:bus:";
  private final RedissonClient redis;

  public RedisBus(String url) {
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
  public void close() {
    redis.shutdown();
  }
}
