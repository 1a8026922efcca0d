package io.shutterport.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * One of the Open Liberty servers the build created, stopped and started as an operator's scripts
 * would: {@code server stop} (graceful: the ports close, requests in flight finish), {@code server
 * start}, or killed outright.
 */
final class LibertyServer {
  private static final Path WLP = Path.of("target", "liberty", "wlp").toAbsolutePath();

  /** The two production nodes of the build. */
  static final LibertyServer NODE_1 = new LibertyServer("shutterport-it", Env.PORT);

  static final LibertyServer NODE_2 =
      new LibertyServer("shutterport-it-node2", Integer.getInteger("it.node2.port", 9281));

  private final String name;
  private final int port;

  LibertyServer(String name, int port) {
    this.name = name;
    this.port = port;
  }

  int port() {
    return port;
  }

  /** Stops gracefully; returns how long it took. */
  Duration stop() {
    Instant started = Instant.now();
    run("stop");
    return Duration.between(started, Instant.now());
  }

  /** Starts and waits until the server says it is ready; returns how long it took. */
  Duration start() {
    Instant started = Instant.now();
    run("start");
    awaitReady(Duration.ofMinutes(4));
    return Duration.between(started, Instant.now());
  }

  /** Kills the server's process at once (kill -9): nothing is flushed or released. */
  void kill() {
    Path pidFile = WLP.resolve("usr/servers/.pid/" + name + ".pid");
    try {
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
      process.destroyForcibly();
      process.onExit().get(30, TimeUnit.SECONDS);
      Files.deleteIfExists(pidFile);
    } catch (Exception e) {
      throw new IllegalStateException("could not kill " + name, e);
    }
  }

  /**
   * Sets one variable of the server's {@code server.env} (read when it next starts); returns the
   * file's earlier text, for {@link #restoreEnv}.
   */
  String setEnv(String variable, String value) {
    Path env = serverEnv();
    try {
      String before = Files.readString(env);
      String kept =
          before
              .lines()
              .filter(line -> !line.startsWith(variable + "="))
              .collect(java.util.stream.Collectors.joining("\n"));
      Files.writeString(env, kept + "\n" + variable + "=" + value + "\n");
      return before;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Puts back the {@code server.env} text {@link #setEnv} returned. */
  void restoreEnv(String before) {
    try {
      Files.writeString(serverEnv(), before);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path serverEnv() {
    return WLP.resolve("usr/servers/" + name + "/server.env");
  }

  /** Waits until {@code /health/ready} answers 200. */
  void awaitReady(Duration limit) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      try {
        var ready =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(name + " not ready within " + limit);
  }

  private void run(String action) {
    try {
      ProcessBuilder command =
          new ProcessBuilder(WLP.resolve("bin/server").toString(), action, name)
              .redirectErrorStream(true);
      command.environment().put("JAVA_HOME", System.getProperty("java.home"));
      Process process = command.start();
      String said = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException("server " + action + " " + name + " failed: " + said);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
