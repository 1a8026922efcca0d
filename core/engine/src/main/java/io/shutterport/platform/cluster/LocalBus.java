package io.shutterport.platform.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The bus of a single node (embedded profile): messages go straight to this JVM's listeners. */
final class LocalBus implements ClusterBus {
  private static final Logger LOG = Logger.getLogger(LocalBus.class.getName());
  private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();

  @Override
  public void publish(String topic, String message) {
    for (Consumer<String> listener : listeners.getOrDefault(topic, List.of())) {
      deliver(listener, topic, message);
    }
  }

  @Override
  public void subscribe(String topic, Consumer<String> listener) {
    listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
  }

  static void deliver(Consumer<String> listener, String topic, String message) {
    try {
      listener.accept(message);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A listener of " + topic + " failed", e);
    }
  }
}
