package io.shutterport.web.platform;

import io.shutterport.platform.config.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
  @Inject io.shutterport.platform.cluster.ClusterBus bus;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("shutterport");
    boolean database = databaseUp();
    response.withData("database", database);
    boolean up = database;
    if (settings.production()) {
      // through the application's own Redis client: TLS, password and cluster as configured
      boolean redis = settings.redisUrl().isPresent() && bus.reachable();
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
}
