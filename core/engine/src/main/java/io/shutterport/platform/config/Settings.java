package io.shutterport.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every deployment-level setting in one place. Each comes from MicroProfile Config, so an
 * environment variable such as {@code SHUTTERPORT_PROFILE} overrides {@code shutterport.profile}.
 */
@ApplicationScoped
public class Settings {
  @Inject
  @ConfigProperty(name = "shutterport.profile", defaultValue = "embedded")
  String profile;

  @Inject
  @ConfigProperty(name = "shutterport.plugins.dir", defaultValue = "plugins")
  String pluginsDir;

  @Inject
  @ConfigProperty(name = "shutterport.demo", defaultValue = "true")
  boolean demo;

  @Inject
  @ConfigProperty(name = "shutterport.demo.storage", defaultValue = "storage-local")
  String demoStorage;

  @Inject
  @ConfigProperty(name = "shutterport.diagnostics", defaultValue = "false")
  boolean diagnostics;

  @Inject
  @ConfigProperty(name = "shutterport.search.cache", defaultValue = "PT10S")
  Duration searchCache;

  @Inject
  @ConfigProperty(name = "shutterport.pages.cache", defaultValue = "PT5S")
  Duration pageCache;

  @Inject
  @ConfigProperty(name = "shutterport.map.tiles", defaultValue = PLAIN_TILES)
  String mapTiles;

  @Inject
  @ConfigProperty(name = "shutterport.map.attribution", defaultValue = "Shutterport")
  String mapAttribution;

  /** The marketplace's own plain map tiles, drawn with no data from elsewhere (docs/operator). */
  public static final String PLAIN_TILES = "/api/v1/map/tiles/{z}/{x}/{y}.png";

  @Inject
  @ConfigProperty(name = "shutterport.redis.url")
  Optional<String> redisUrl;

  @Inject
  @ConfigProperty(name = "shutterport.redis.password")
  Optional<String> redisPassword;

  @Inject
  @ConfigProperty(name = "shutterport.redis.truststore")
  Optional<String> redisTruststore;

  @Inject
  @ConfigProperty(name = "shutterport.redis.truststore.password")
  Optional<String> redisTruststorePassword;

  @Inject
  @ConfigProperty(name = "shutterport.mail.smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "shutterport.mail.smtp.port", defaultValue = "25")
  int smtpPort;

  @Inject
  @ConfigProperty(name = "shutterport.mail.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "shutterport.mail.smtp.password")
  Optional<String> smtpPassword;

  @Inject
  @ConfigProperty(name = "shutterport.mail.smtp.starttls", defaultValue = "off")
  String smtpStartTls;

  @Inject
  @ConfigProperty(name = "shutterport.mail.from", defaultValue = "no-reply@shutterport.invalid")
  String mailFrom;

  @Inject
  @ConfigProperty(name = "shutterport.plugins.timeout", defaultValue = "PT10S")
  Duration pluginTimeout;

  @Inject
  @ConfigProperty(name = "shutterport.jobs.poll", defaultValue = "PT1S")
  Duration jobPoll;

  @Inject
  @ConfigProperty(name = "shutterport.node.role", defaultValue = "all")
  String nodeRole;

  @Inject
  @ConfigProperty(name = "shutterport.jobs.workers", defaultValue = "2")
  int jobWorkers;

  @Inject
  @ConfigProperty(name = "shutterport.jobs.lease", defaultValue = "PT5M")
  Duration jobLease;

  @Inject
  @ConfigProperty(name = "shutterport.retention.keep", defaultValue = "P30D")
  Duration retentionKeep;

  @Inject
  @ConfigProperty(name = "shutterport.retention.every", defaultValue = "PT1H")
  Duration retentionEvery;

  @Inject
  @ConfigProperty(name = "shutterport.messages.rate", defaultValue = "30/PT1M")
  String messageRate;

  @Inject
  @ConfigProperty(name = "shutterport.limit.login.account", defaultValue = "10/PT15M")
  String loginFailuresPerAccount;

  @Inject
  @ConfigProperty(name = "shutterport.limit.login.client", defaultValue = "50/PT15M")
  String loginFailuresPerClient;

  @Inject
  @ConfigProperty(name = "shutterport.limit.account-mail.client", defaultValue = "20/PT1H")
  String accountMailsPerClient;

  @Inject
  @ConfigProperty(name = "shutterport.limit.account-mail.email", defaultValue = "5/PT1H")
  String accountMailsPerEmail;

  @Inject
  @ConfigProperty(name = "shutterport.plugins.allowed-hosts", defaultValue = " ")
  String pluginsAllowedHosts;

  @Inject
  @ConfigProperty(name = "shutterport.cookies.secure")
  Optional<Boolean> cookiesSecure;

  @Inject
  @ConfigProperty(name = "shutterport.credit.cap", defaultValue = "50000")
  long creditCapMinor;

  @Inject
  @ConfigProperty(name = "shutterport.gallery.lifetime", defaultValue = "P180D")
  Duration galleryLifetime;

  @Inject
  @ConfigProperty(name = "shutterport.gallery.reminder", defaultValue = "P7D")
  Duration galleryReminder;

  @Inject
  @ConfigProperty(name = "shutterport.gallery.restore", defaultValue = "P30D")
  Duration galleryRestore;

  @Inject
  @ConfigProperty(name = "shutterport.password.iterations", defaultValue = "600000")
  int passwordIterations;

  @Inject
  @ConfigProperty(name = "shutterport.storage.plugin")
  Optional<String> storagePlugin;

  @Inject
  @ConfigProperty(name = "shutterport.platform.host", defaultValue = "platform.localhost")
  String platformHost;

  @Inject
  @ConfigProperty(name = "shutterport.platform.admin.email")
  Optional<String> platformAdminEmail;

  @Inject
  @ConfigProperty(name = "shutterport.platform.admin.password")
  Optional<String> platformAdminPassword;

  /** The storage plugin new marketplaces are created with (default: the demo tenants' one). */
  public String storagePlugin() {
    return storagePlugin.filter(s -> !s.isBlank()).orElse(demoStorage);
  }

  /** The host name the platform console answers on (creating marketplaces, installing plugins). */
  public String platformHost() {
    return platformHost;
  }

  /**
   * The first platform administrator, created at start-up when the platform has none yet: e-mail
   * and password from the environment (the password can be changed afterwards with a reset link).
   */
  public Optional<String> platformAdminEmail() {
    return platformAdminEmail.filter(s -> !s.isBlank());
  }

  public Optional<String> platformAdminPassword() {
    return platformAdminPassword.filter(s -> !s.isBlank());
  }

  public boolean production() {
    return "production".equalsIgnoreCase(profile);
  }

  /** Whether responses report diagnostics such as {@code X-Sql-Statements} (tests, benchmarks). */
  public boolean diagnostics() {
    return diagnostics;
  }

  /** How long a node keeps ranked search results (PT0S: not at all). */
  public Duration searchCache() {
    return searchCache;
  }

  /** How long a node serves an anonymous visitor's public page as drawn before (zero: never). */
  public Duration pageCache() {
    return pageCache;
  }

  /**
   * The search map's tile URL template ({@code {z}/{x}/{y}}, Leaflet's form): an operator's tile
   * provider, or by default the plain tiles the marketplace draws itself (no network needed).
   */
  public String mapTiles() {
    return mapTiles;
  }

  /** The credit the map shows for its tiles (a provider's licence usually requires it). */
  public String mapAttribution() {
    return mapAttribution;
  }

  public String profile() {
    return profile;
  }

  public Path pluginsDir() {
    return Path.of(pluginsDir);
  }

  public boolean demo() {
    return demo;
  }

  /** The storage plugin demo tenants are created with. */
  public String demoStorage() {
    return demoStorage;
  }

  public Optional<String> redisUrl() {
    return redisUrl.filter(s -> !s.isBlank());
  }

  /** Redis's AUTH password, if it asks for one. */
  public Optional<String> redisPassword() {
    return redisPassword;
  }

  /** The URL of a truststore for a Redis whose TLS certificate no public authority signed. */
  public Optional<String> redisTruststore() {
    return redisTruststore.filter(t -> !t.isBlank());
  }

  public Optional<String> redisTruststorePassword() {
    return redisTruststorePassword;
  }

  public Optional<String> smtpHost() {
    return smtpHost.filter(s -> !s.isBlank());
  }

  public int smtpPort() {
    return smtpPort;
  }

  /** The SMTP user to authenticate as (SES: the SMTP credentials' user name), if any. */
  public Optional<String> smtpUser() {
    return smtpUser.filter(s -> !s.isBlank());
  }

  public Optional<String> smtpPassword() {
    return smtpPassword;
  }

  /** STARTTLS: {@code off}, {@code optional} (when offered) or {@code required}. */
  public String smtpStartTls() {
    return smtpStartTls;
  }

  public String mailFrom() {
    return mailFrom;
  }

  public Duration pluginTimeout() {
    return pluginTimeout;
  }

  /** How long after delivery a gallery stays open to the customer. */
  public Duration galleryLifetime() {
    return galleryLifetime;
  }

  /** How long before a gallery expires the customer is reminded. */
  public Duration galleryReminder() {
    return galleryReminder;
  }

  /** How long a restored gallery stays open again. */
  public Duration galleryRestore() {
    return galleryRestore;
  }

  public Duration jobPoll() {
    return jobPoll;
  }

  /** What this node does: serve requests, run jobs, or both. */
  public NodeRole nodeRole() {
    NodeRole role = parsedRole;
    if (role == null) {
      role = NodeRole.parse(nodeRole);
      parsedRole = role;
    }
    return role;
  }

  private volatile NodeRole parsedRole;

  /** How many jobs a node runs at once (at least one). */
  public int jobWorkers() {
    return Math.max(1, jobWorkers);
  }

  /**
   * How long a node's claim on a job holds before another node may take it: the longest a job waits
   * after its node died without stopping (renewed a third of the way while the job runs).
   */
  public Duration jobLease() {
    return jobLease.compareTo(Duration.ofSeconds(3)) < 0 ? Duration.ofSeconds(3) : jobLease;
  }

  /** How long finished jobs and sent mails are kept. */
  public Duration retentionKeep() {
    return retentionKeep;
  }

  /** How often each node prunes what {@link #retentionKeep()} lets go. */
  public Duration retentionEvery() {
    return retentionEvery;
  }

  /**
   * The credit balance (minor units of the marketplace's currency) beyond which the platform funds
   * no more compensation or bonus for a customer; credit that is the customer's own money always
   * comes back whole.
   */
  public long creditCapMinor() {
    return creditCapMinor;
  }

  /**
   * Hosts (comma-separated names or IP literals) that marketplaces may point plugin URLs at even
   * though they are internal: the platform operator's own stubs or gateways. Empty by default.
   */
  public String pluginsAllowedHosts() {
    return pluginsAllowedHosts == null ? "" : pluginsAllowedHosts;
  }

  /**
   * Whether the session cookie is {@code Secure}: by default in production (always behind TLS), not
   * on the embedded profile (plain HTTP on localhost).
   */
  public boolean cookiesSecure() {
    return cookiesSecure.orElse(production());
  }

  /** Wrong passwords per e-mail per window before its logins wait, e.g. {@code 10/PT15M}. */
  public String loginFailuresPerAccount() {
    return loginFailuresPerAccount;
  }

  /** Wrong passwords per client address per window before its logins wait. */
  public String loginFailuresPerClient() {
    return loginFailuresPerClient;
  }

  /** Sign-ups and reset requests (each sends a mail) per client address per window. */
  public String accountMailsPerClient() {
    return accountMailsPerClient;
  }

  /** Account mails (verification, reset, already registered) per e-mail address per window. */
  public String accountMailsPerEmail() {
    return accountMailsPerEmail;
  }

  /** How many messages one user may post per window, e.g. {@code 30/PT1M}, across all nodes. */
  public String messageRate() {
    return messageRate;
  }

  /** PBKDF2 iterations; never below OWASP's 600,000 whatever the configuration says. */
  public int passwordIterations() {
    return Math.max(600_000, passwordIterations);
  }
}
