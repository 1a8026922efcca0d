package io.shutterport.platform.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Finds migrations through index files instead of scanning the class path: Flyway's scanner does
 * not understand the {@code wsjar:} URLs Open Liberty gives jars inside a WAR. Migrations in {@code
 * common/} run everywhere; those in the folder named after the database ({@code postgresql/},
 * {@code h2/}) only there, for what one dialect cannot say (PostgreSQL's exclusion constraints).
 * {@code IndexedMigrationsTest} keeps each index equal to its folder.
 */
final class IndexedMigrations implements ResourceProvider {
  static final String ROOT = "db/migration/";
  static final String COMMON = "common";

  private final ClassLoader loader;

  /** File name → the folder it lives in. */
  private final Map<String, String> folders = new LinkedHashMap<>();

  /**
   * @param vendor the database's folder name, e.g. {@code postgresql}; see {@link #vendorOf}
   */
  IndexedMigrations(ClassLoader loader, String vendor) {
    this.loader = loader;
    for (String folder : List.of(COMMON, vendor)) {
      for (String name : readIndex(loader, folder)) {
        if (folders.putIfAbsent(name, folder) != null) {
          throw new IllegalStateException("migration listed twice: " + name);
        }
      }
    }
  }

  /** The vendor folder for a JDBC database product name. */
  static String vendorOf(String databaseProductName) {
    return databaseProductName.toLowerCase(Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
  }

  /** The names listed in a folder's index; empty when the folder has none. */
  static List<String> readIndex(ClassLoader loader, String folder) {
    try (InputStream in = loader.getResourceAsStream(ROOT + folder + "/index.txt")) {
      if (in == null) {
        if (COMMON.equals(folder)) {
          throw new IllegalStateException("migration index missing");
        }
        return List.of();
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many migrations this database gets. */
  int size() {
    return folders.size();
  }

  @Override
  public LoadableResource getResource(String name) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    return folders.containsKey(file) ? new Migration(file) : null;
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    List<LoadableResource> found = new ArrayList<>();
    for (String name : folders.keySet()) {
      if (name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)) {
        found.add(new Migration(name));
      }
    }
    return found;
  }

  private final class Migration extends LoadableResource {
    private final String name;

    Migration(String name) {
      this.name = name;
    }

    private String path() {
      return ROOT + folders.get(name) + "/" + name;
    }

    @Override
    public Reader read() {
      InputStream in = loader.getResourceAsStream(path());
      if (in == null) {
        throw new IllegalStateException("migration listed but missing: " + name);
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public String getAbsolutePath() {
      return path();
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return path();
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public String getRelativePath() {
      return name;
    }
  }
}
