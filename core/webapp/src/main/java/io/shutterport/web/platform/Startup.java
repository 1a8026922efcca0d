package io.shutterport.web.platform;

import io.shutterport.console.PlatformBootstrap;
import io.shutterport.demo.DemoData;
import io.shutterport.platform.config.Settings;
import io.shutterport.platform.jobs.JobRunner;
import io.shutterport.platform.persistence.Migrations;
import io.shutterport.platform.plugin.PluginHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Brings the application up in order: schema, plugins, demo data, background jobs. */
@ApplicationScoped
public class Startup {
  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  @Inject Migrations migrations;
  @Inject PluginHost plugins;
  @Inject DemoData demo;
  @Inject PlatformBootstrap platform;
  @Inject io.shutterport.identity.SuspendedAccounts suspended;
  @Inject JobRunner jobs;
  @Inject io.shutterport.platform.telemetry.Gauges gauges;
  @Inject Settings settings;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    long start = System.nanoTime();
    migrations.migrate();
    plugins.start();
    try {
      platform.ensure(settings.demo() ? DemoData.DEMO_PASSWORD : null);
    } catch (RuntimeException e) {
      // Another node may be creating the platform tenant at this moment.
      LOG.log(Level.WARNING, "Platform console not set up by this node: {0}", e.toString());
    }
    if (settings.demo()) {
      demo.seed(settings.demoStorage());
    }
    suspended.reload();
    jobs.start();
    gauges.start();
    LOG.log(
        Level.INFO,
        "Shutterport started in the {0} profile in {1} ms",
        new Object[] {settings.profile(), (System.nanoTime() - start) / 1_000_000});
  }
}
