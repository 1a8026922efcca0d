package io.shutterport.platform.cluster;

import io.shutterport.platform.cluster.infrastructure.RedisBus;
import io.shutterport.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;

/** Picks the bus by profile: Redis when a Redis URL is configured, this JVM otherwise. */
@ApplicationScoped
public class ClusterBusProducer {
  @Inject Settings settings;

  @Produces
  @ApplicationScoped
  ClusterBus bus() {
    // No method reference to RedisBus: the embedded profile has no Redisson to load it with.
    Optional<String> redis = settings.redisUrl();
    if (redis.isPresent()) {
      return new RedisBus(redis.get());
    }
    return new LocalBus();
  }

  void close(@Disposes ClusterBus bus) {
    if (bus instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
