package io.shutterport.platform.cluster;

import io.shutterport.platform.cluster.infrastructure.RedisCluster;
import io.shutterport.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * Picks the cluster's bus and counters by profile: Redis (one client for both) when a Redis URL is
 * configured, this JVM otherwise.
 */
@ApplicationScoped
public class ClusterBusProducer {
  @Inject Settings settings;

  private Object redis;

  @Produces
  @ApplicationScoped
  ClusterBus bus() {
    return settings.redisUrl().isPresent() ? (ClusterBus) redis() : new LocalBus();
  }

  @Produces
  @ApplicationScoped
  ClusterCounters counters() {
    return settings.redisUrl().isPresent() ? (ClusterCounters) redis() : new LocalCounters();
  }

  // Typed Object, and no method reference to RedisCluster: the embedded profile has no Redisson
  // to load that class with.
  private synchronized Object redis() {
    if (redis == null) {
      redis =
          new RedisCluster(
              new RedisCluster.Options(
                  settings.redisUrl().orElseThrow(),
                  settings.redisPassword(),
                  settings.redisTruststore(),
                  settings.redisTruststorePassword()));
    }
    return redis;
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
