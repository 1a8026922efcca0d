package io.shutterport.platform.cluster;

import java.util.function.Consumer;

/**
 * Messages to every node of the cluster: Redis pub/sub in the production profile, in-JVM in the
 * embedded one. Delivery is at most once and only to nodes listening at that moment, so it suits
 * signals whose loss is repaired another way (a cache's lifetime, a reconnecting client's catch-up
 * from the database), never the only copy of data.
 */
public interface ClusterBus {
  /** Sends a message to every node's listeners of the topic, this node's included. */
  void publish(String topic, String message);

  /**
   * Listens to a topic for the life of the application. Listeners run on the bus's threads and must
   * be quick; a listener that throws is logged and keeps listening.
   */
  void subscribe(String topic, Consumer<String> listener);

  /** Whether messages can be sent now (readiness); always, within one JVM. */
  default boolean reachable() {
    return true;
  }
}
