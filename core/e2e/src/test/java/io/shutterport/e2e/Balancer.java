package io.shutterport.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx in front of the production nodes, as the load balancer of a deployment: plain round robin,
 * WebSockets passed through, the client's address added to {@code X-Forwarded-For}. A node can be
 * taken out of rotation and put back ({@code nginx -s reload}: requests in flight finish on the old
 * workers), as an orchestrator drains a node before stopping it.
 */
final class Balancer implements AutoCloseable {
  private final Path prefix;
  private final int port;
  private final List<Integer> nodes;
  private final Set<Integer> drained = new LinkedHashSet<>();
  private final Process process;

  private Balancer(Path prefix, int port, List<Integer> nodes) throws IOException {
    this.prefix = prefix.toAbsolutePath();
    this.port = port;
    this.nodes = List.copyOf(nodes);
    for (String dir : List.of("logs", "tmp")) {
      Path made = Files.createDirectories(this.prefix.resolve(dir));
      // nginx's workers run as an unprivileged user when it is started as root.
      Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("rwxrwxrwx"));
    }
    writeConfig();
    process =
        new ProcessBuilder("nginx", "-p", this.prefix.toString(), "-c", config().toString())
            .redirectErrorStream(true)
            .redirectOutput(this.prefix.resolve("logs/nginx.out").toFile())
            .start();
    awaitListening();
  }

  /** Starts nginx on {@code port} in front of the nodes on {@code nodes}. */
  static Balancer start(Path prefix, int port, List<Integer> nodes) {
    try {
      return new Balancer(prefix, port, nodes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port;
  }

  /** Sends no new requests to the node on {@code node}; those in flight finish. */
  void drain(int node) {
    drained.add(node);
    reload();
  }

  /** Puts the node back into rotation. */
  void restore(int node) {
    drained.remove(node);
    reload();
  }

  private void reload() {
    writeConfig();
    try {
      Process reload =
          new ProcessBuilder(
                  "nginx", "-p", prefix.toString(), "-c", config().toString(), "-s", "reload")
              .redirectErrorStream(true)
              .start();
      String said = new String(reload.getInputStream().readAllBytes());
      if (!reload.waitFor(30, TimeUnit.SECONDS) || reload.exitValue() != 0) {
        throw new IllegalStateException("nginx reload failed: " + said);
      }
      Thread.sleep(500); // the new workers take over
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Path config() {
    return prefix.resolve("nginx.conf");
  }

  private void writeConfig() {
    String upstreams =
        nodes.stream()
            .map(n -> "    server 127.0.0.1:" + n + (drained.contains(n) ? " down" : "") + ";")
            .collect(Collectors.joining("\n"));
    String conf =
        """
        daemon off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/logs/error.log warn;
        events { worker_connections 2048; }
        http {
          access_log %1$s/logs/access.log;
          client_body_temp_path %1$s/tmp/body;
          proxy_temp_path %1$s/tmp/proxy;
          fastcgi_temp_path %1$s/tmp/fastcgi;
          uwsgi_temp_path %1$s/tmp/uwsgi;
          scgi_temp_path %1$s/tmp/scgi;
          client_max_body_size 64m;
          # A reload (how a node is drained here) closes the old workers' idle client connections;
          # a client sending a POST on one at that instant gets no answer and must not retry it
          # blindly. No idle connections, no such race: it belongs to this harness's way of
          # reconfiguring, not to the nodes under test.
          keepalive_timeout 0;
          map $http_upgrade $connection_upgrade { default upgrade; '' close; }
          upstream shutterport {
        %2$s
          }
          server {
            listen 127.0.0.1:%3$d;
            location / {
              proxy_pass http://shutterport;
              proxy_http_version 1.1;
              proxy_set_header Host $http_host;
              proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
              proxy_set_header X-Forwarded-Proto $scheme;
              proxy_set_header Upgrade $http_upgrade;
              proxy_set_header Connection $connection_upgrade;
              proxy_read_timeout 1h;
              proxy_next_upstream error timeout;
            }
          }
        }
        """
            .formatted(prefix, upstreams, port);
    try {
      Files.writeString(config(), conf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitListening() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        if (!process.isAlive()) {
          throw new IllegalStateException("nginx exited: see " + prefix.resolve("logs"));
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    throw new IllegalStateException("nginx is not listening on " + port);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
