package io.shutterport.web.platform;

import io.shutterport.platform.config.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers, and Redis too in the production profile. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  @Resource(lookup = "jdbc/shutterport")
  DataSource dataSource;

  @Inject Settings settings;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("shutterport");
    boolean database = databaseUp();
    response.withData("database", database);
    boolean up = database;
    if (settings.production()) {
      boolean redis = settings.redisUrl().map(RedisPing::ping).orElse(false);
      response.withData("redis", redis);
      up &= redis;
    }
    return response.status(up).build();
  }

  private boolean databaseUp() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (Exception e) {
      return false;
    }
  }

  /** A bare RESP PING, so the check needs no client library and cannot hang. */
  static final class RedisPing {
    private RedisPing() {}

    static boolean ping(String url) {
      URI uri = URI.create(url);
      int port = uri.getPort() > 0 ? uri.getPort() : 6379;
      try (var socket = new java.net.Socket()) {
        socket.connect(new java.net.InetSocketAddress(uri.getHost(), port), 2000);
        socket.setSoTimeout(2000);
        socket
            .getOutputStream()
            .write("PING\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] reply = new byte[7];
        int n = socket.getInputStream().read(reply);
        return n >= 5
            && new String(reply, 0, n, java.nio.charset.StandardCharsets.US_ASCII)
                .startsWith("+PONG");
      } catch (Exception e) {
        return false;
      }
    }
  }
}
