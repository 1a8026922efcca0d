package io.shutterport.platform.cluster.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's Redis client against a real Redis that asks for TLS and a password, as managed
 * Redis services do (ElastiCache with in-transit encryption and AUTH): the bus, the counters and
 * the readiness check work through it, and a wrong password is refused at start.
 */
class RedisClusterTlsTest {
  private static final String PASSWORD = "it-redis-secret";
  private static final String STORE_PASSWORD = "changeit";

  @TempDir static Path dir;
  private static Process redis;
  private static int port;
  private static String truststore;

  @BeforeAll
  static void startRedisWithTlsAndAPassword() throws Exception {
    Path keystore = dir.resolve("redis.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "redis",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-dname",
        "CN=127.0.0.1",
        "-ext",
        "SAN=ip:127.0.0.1",
        "-validity",
        "2",
        "-keystore",
        keystore.toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        STORE_PASSWORD);
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(keystore)) {
      store.load(in, STORE_PASSWORD.toCharArray());
    }
    Path cert = dir.resolve("redis.crt");
    Path key = dir.resolve("redis.key");
    Files.writeString(cert, pem("CERTIFICATE", store.getCertificate("redis").getEncoded()));
    Files.writeString(
        key, pem("PRIVATE KEY", store.getKey("redis", STORE_PASSWORD.toCharArray()).getEncoded()));
    Path trust = dir.resolve("trust.p12");
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("redis", store.getCertificate("redis"));
    try (var out = Files.newOutputStream(trust)) {
      trusted.store(out, STORE_PASSWORD.toCharArray());
    }
    truststore = trust.toUri().toString();

    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    redis =
        new ProcessBuilder(
                "redis-server",
                "--port",
                "0",
                "--tls-port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--tls-cert-file",
                cert.toString(),
                "--tls-key-file",
                key.toString(),
                "--tls-ca-cert-file",
                cert.toString(),
                "--tls-auth-clients",
                "no",
                "--requirepass",
                PASSWORD,
                "--save",
                "",
                "--appendonly",
                "no")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("redis.log").toFile())
            .start();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!listening()) {
      assertThat(redis.isAlive()).as("redis-server with TLS started").isTrue();
      assertThat(System.nanoTime()).as("redis-server listening").isLessThan(until);
      Thread.sleep(50);
    }
  }

  @AfterAll
  static void stop() {
    if (redis != null) {
      redis.destroy();
    }
  }

  @Test
  void theBusCountersAndReadinessWorkOverTlsWithAPassword() throws Exception {
    try (RedisCluster cluster = new RedisCluster(options(PASSWORD))) {
      assertThat(cluster.reachable()).isTrue();
      CompletableFuture<String> heard = new CompletableFuture<>();
      cluster.subscribe("tls-test", heard::complete);
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!heard.isDone() && System.nanoTime() < until) { // subscribing completes asynchronously
        cluster.publish("tls-test", "hello over TLS");
        Thread.sleep(100);
      }
      assertThat(heard.get(1, TimeUnit.SECONDS)).isEqualTo("hello over TLS");
      assertThat(cluster.increment("tls-counter", Duration.ofMinutes(1))).isEqualTo(1);
      assertThat(cluster.increment("tls-counter", Duration.ofMinutes(1))).isEqualTo(2);
    }
  }

  @Test
  void aWrongPasswordIsRefusedWhenTheClientStarts() {
    assertThatThrownBy(() -> new RedisCluster(options("not-the-password")).close())
        .hasStackTraceContaining("WRONGPASS");
  }

  private static RedisCluster.Options options(String password) {
    return new RedisCluster.Options(
        "rediss://127.0.0.1:" + port,
        Optional.of(password),
        Optional.of(truststore),
        Optional.of(STORE_PASSWORD));
  }

  private static boolean listening() {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static void keytool(String... arguments) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(out).isZero();
  }
}
