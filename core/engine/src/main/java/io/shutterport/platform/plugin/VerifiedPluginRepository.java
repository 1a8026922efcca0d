package io.shutterport.platform.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.pf4j.PluginRepository;

/**
 * The only way PF4J finds plugins here. Each {@code *.zip} in the plugins folder is loaded only if
 * it matches the SHA-256 recorded beside it and passes {@link PluginArchive#verify}; it is then
 * expanded afresh under {@code .verified/}, and PF4J loads that folder. Archives that fail, loose
 * folders and jars are never loaded: they are reported as rejected, with the reason (fail closed).
 */
final class VerifiedPluginRepository implements PluginRepository {
  private static final Logger LOG = Logger.getLogger(VerifiedPluginRepository.class.getName());
  static final String EXPANDED = ".verified";

  private final Path folder;
  private final Map<String, String> rejected = new ConcurrentHashMap<>();

  VerifiedPluginRepository(Path folder) {
    this.folder = folder;
  }

  @Override
  public List<Path> getPluginPaths() {
    List<Path> paths = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return paths;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") || name.endsWith(PluginArchive.CHECKSUM_SUFFIX)) {
          continue;
        }
        if (Files.isDirectory(entry) && Files.isRegularFile(folder.resolve(name + ".zip"))) {
          continue; // an older PF4J's expansion of an archive beside it: the archive decides
        }
        if (!name.endsWith(".zip") || !Files.isRegularFile(entry)) {
          reject(name, "only verified .zip archives are loaded");
          continue;
        }
        try {
          expandVerified(entry, PluginArchive.recordedDigest(entry));
          paths.add(expandedPath(entry));
        } catch (PluginArchive.RejectedException e) {
          reject(name, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return paths;
  }

  /** Verifies an archive against {@code digest} and expands it; the folder PF4J should load. */
  Path expandVerified(Path zip, String digest) throws PluginArchive.RejectedException {
    PluginArchive.verify(zip, digest);
    Path target = expandedPath(zip);
    PluginArchive.expand(zip, target);
    rejected.remove(zip.getFileName().toString());
    return target;
  }

  Path expandedPath(Path zip) {
    String name = zip.getFileName().toString();
    return folder.resolve(EXPANDED).resolve(name.substring(0, name.length() - ".zip".length()));
  }

  @Override
  public boolean deletePluginPath(Path pluginPath) {
    return false; // archives are removed by the platform administrator, not by PF4J
  }

  /** File name → why it was not loaded. */
  Map<String, String> rejected() {
    return new TreeMap<>(rejected);
  }

  private void reject(String name, String reason) {
    rejected.put(name, reason);
    LOG.log(Level.SEVERE, "Plugin {0} not loaded: {1}", new Object[] {name, reason});
  }
}
