package io.shutterport.platform.cluster.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Redis Cluster, as ElastiCache's cluster mode runs one: three real {@code redis-server}s with
 * {@code cluster-enabled}, joined by {@code redis-cli --cluster create}, each owning a third of the
 * hash slots. Given their addresses separated by commas, the application's client works in cluster
 * mode: signals between nodes, counters whose keys land on different shards, readiness.
 */
class RedisClusterModeTest {
  private static final int SHARDS = 3;

  @TempDir static Path dir;
  private static final List<Process> servers = new ArrayList<>();
  private static final List<Integer> ports = new ArrayList<>();

  @BeforeAll
  static void startAClusterOfThree() throws Exception {
    for (int i = 0; i < SHARDS; i++) {
      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      ports.add(port);
      Path shard = dir.resolve("shard-" + i);
      java.nio.file.Files.createDirectories(shard);
      servers.add(
          new ProcessBuilder(
                  "redis-server",
                  "--port",
                  Integer.toString(port),
                  "--bind",
                  "127.0.0.1",
                  "--cluster-enabled",
                  "yes",
                  "--cluster-config-file",
                  shard.resolve("nodes.conf").toString(),
                  "--dir",
                  shard.toString(),
                  "--save",
                  "",
                  "--appendonly",
                  "no")
              .redirectErrorStream(true)
              .redirectOutput(shard.resolve("redis.log").toFile())
              .start());
    }
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    for (int port : ports) {
      while (!listening(port)) {
        assertThat(System.nanoTime()).as("redis-server listening").isLessThan(until);
        Thread.sleep(50);
      }
    }
    List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
    ports.forEach(p -> create.add("127.0.0.1:" + p));
    create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
    Process joining = new ProcessBuilder(create).redirectErrorStream(true).start();
    String said = new String(joining.getInputStream().readAllBytes());
    assertThat(joining.waitFor()).as(said).isZero();
    // The cluster is usable once every node agrees all slots are served.
    until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!clusterOk()) {
      assertThat(System.nanoTime()).as("cluster_state:ok").isLessThan(until);
      Thread.sleep(100);
    }
  }

  @AfterAll
  static void stop() {
    servers.forEach(Process::destroy);
  }

  @Test
  void signalsCountersAndReadinessWorkAcrossTheShards() throws Exception {
    String addresses =
        ports.stream().map(p -> "redis://127.0.0.1:" + p).collect(Collectors.joining(", "));
    try (RedisCluster cluster =
        new RedisCluster(
            new RedisCluster.Options(
                addresses, Optional.empty(), Optional.empty(), Optional.empty()))) {
      assertThat(cluster.reachable()).isTrue();
      CompletableFuture<String> heard = new CompletableFuture<>();
      cluster.subscribe("cluster-test", heard::complete);
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!heard.isDone() && System.nanoTime() < until) { // subscribing completes asynchronously
        cluster.publish("cluster-test", "hello, shards");
        Thread.sleep(100);
      }
      assertThat(heard.get(1, TimeUnit.SECONDS)).isEqualTo("hello, shards");
      // Enough counters that their keys fall on every shard's slots.
      for (int i = 0; i < 30; i++) {
        assertThat(cluster.increment("limit-" + i, Duration.ofMinutes(1))).isEqualTo(1);
        assertThat(cluster.increment("limit-" + i, Duration.ofMinutes(1))).isEqualTo(2);
      }
      for (int port : ports) {
        assertThat(keys(port)).as("shard on " + port + " holds some counters").isPositive();
      }
    }
  }

  private static long keys(int port) throws Exception {
    Process dbsize =
        new ProcessBuilder("redis-cli", "-p", Integer.toString(port), "DBSIZE")
            .redirectErrorStream(true)
            .start();
    String said = new String(dbsize.getInputStream().readAllBytes()).strip();
    dbsize.waitFor();
    return Long.parseLong(said.replaceAll("\\D", ""));
  }

  private static boolean clusterOk() throws Exception {
    for (int port : ports) {
      Process info =
          new ProcessBuilder("redis-cli", "-p", Integer.toString(port), "CLUSTER", "INFO")
              .redirectErrorStream(true)
              .start();
      String said = new String(info.getInputStream().readAllBytes());
      info.waitFor();
      if (!said.contains("cluster_state:ok")) {
        return false;
      }
    }
    return true;
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
