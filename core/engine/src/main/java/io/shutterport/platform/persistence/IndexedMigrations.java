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
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Finds migrations through an index file instead of scanning the class path: Flyway's scanner does
 * not understand the {@code wsjar:} URLs Open Liberty gives jars inside a WAR. {@code
 * IndexedMigrationsTest} keeps the index equal to the folder.
 */
final class IndexedMigrations implements ResourceProvider {
  static final String FOLDER = "db/migration/common/";

  private final ClassLoader loader;
  private final List<String> names;

  IndexedMigrations(ClassLoader loader) {
    this.loader = loader;
    this.names = readIndex(loader);
  }

  static List<String> readIndex(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(FOLDER + "index.txt")) {
      if (in == null) {
        throw new IllegalStateException("migration index missing");
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

  @Override
  public LoadableResource getResource(String name) {
    String file = name.startsWith(FOLDER) ? name.substring(FOLDER.length()) : name;
    return names.contains(file) ? new Migration(file) : null;
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    List<LoadableResource> found = new ArrayList<>();
    for (String name : names) {
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

    @Override
    public Reader read() {
      InputStream in = loader.getResourceAsStream(FOLDER + name);
      if (in == null) {
        throw new IllegalStateException("migration listed but missing: " + name);
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public String getAbsolutePath() {
      return FOLDER + name;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return FOLDER + name;
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
