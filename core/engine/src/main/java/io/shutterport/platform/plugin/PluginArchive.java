package io.shutterport.platform.plugin;

import io.shutterport.platform.util.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What makes a plugin archive acceptable before any of its code is loaded: its SHA-256 equals the
 * one it was installed with, every entry stays inside the plugin's own folder (no absolute paths,
 * no {@code ..}, no drive letters or backslashes), its size and entry count are bounded, and its
 * {@code plugin.properties} names a plain id and a version. Anything else is refused whole.
 */
public final class PluginArchive {
  /** The file beside {@code x.zip} holding its SHA-256 in hex: {@code x.zip.sha256}. */
  public static final String CHECKSUM_SUFFIX = ".sha256";

  static final long MAX_EXPANDED_BYTES = 256L * 1024 * 1024;
  static final int MAX_ENTRIES = 5_000;
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z.+-]{1,40}");
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  private PluginArchive() {}

  /**
   * A verified archive.
   *
   * @param id the plugin id from its descriptor
   * @param version its version
   * @param sha256 the archive's SHA-256, hex
   */
  public record Verified(String id, String version, String sha256) {
    /** The file name an archive is kept under in the plugins folder. */
    public String fileName() {
      return id + "-" + version + ".zip";
    }
  }

  /** Why an archive is refused; the message is safe to show the platform administrator. */
  public static final class RejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public RejectedException(String message) {
      super(message);
    }
  }

  /** Whether {@code text} is a SHA-256 written as 64 hex digits (any case, surrounding space). */
  public static String normalizeDigest(String text) {
    String hex = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    int space = hex.indexOf(' '); // "sha256sum" output: digest, spaces, file name
    hex = space > 0 ? hex.substring(0, space) : hex;
    return HEX.matcher(hex).matches() ? hex : null;
  }

  /** The expected digest recorded beside an archive; refused when missing or malformed. */
  public static String recordedDigest(Path zip) throws RejectedException {
    Path sidecar = zip.resolveSibling(zip.getFileName() + CHECKSUM_SUFFIX);
    if (!Files.isRegularFile(sidecar)) {
      throw new RejectedException("no " + CHECKSUM_SUFFIX + " file beside the archive");
    }
    try {
      String digest = normalizeDigest(Files.readString(sidecar, StandardCharsets.US_ASCII));
      if (digest == null) {
        throw new RejectedException("the " + CHECKSUM_SUFFIX + " file holds no SHA-256");
      }
      return digest;
    } catch (IOException e) {
      throw new RejectedException("the " + CHECKSUM_SUFFIX + " file cannot be read");
    }
  }

  /**
   * Checks an archive against the digest it must have, then its entries and descriptor.
   *
   * @param zip the archive
   * @param expectedSha256 the digest, hex
   */
  public static Verified verify(Path zip, String expectedSha256) throws RejectedException {
    String expected = normalizeDigest(expectedSha256);
    if (expected == null) {
      throw new RejectedException("the expected SHA-256 is not 64 hex digits");
    }
    String actual = digest(zip);
    if (!MessageDigest.isEqual(
        actual.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII))) {
      throw new RejectedException("SHA-256 mismatch: the archive is not the one expected");
    }
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      long expanded = 0;
      int count = 0;
      for (Enumeration<? extends ZipEntry> entries = archive.entries();
          entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        if (++count > MAX_ENTRIES) {
          throw new RejectedException("more than " + MAX_ENTRIES + " entries");
        }
        if (!safeName(entry.getName())) {
          throw new RejectedException("an entry points outside the plugin's folder");
        }
        expanded += Math.max(0, entry.getSize());
        if (expanded > MAX_EXPANDED_BYTES) {
          throw new RejectedException("expands to more than " + MAX_EXPANDED_BYTES + " bytes");
        }
      }
      ZipEntry descriptor = archive.getEntry("plugin.properties");
      if (descriptor == null) {
        throw new RejectedException("no plugin.properties at the archive's root");
      }
      Properties properties = new Properties();
      try (InputStream in = archive.getInputStream(descriptor)) {
        properties.load(in);
      }
      String id = properties.getProperty("plugin.id", "").strip();
      String version = properties.getProperty("plugin.version", "").strip();
      if (!ID.matcher(id).matches() || !VERSION.matcher(version).matches()) {
        throw new RejectedException("plugin.properties needs a plain plugin.id and plugin.version");
      }
      return new Verified(id, version, actual);
    } catch (IOException | IllegalArgumentException e) {
      throw new RejectedException("not a readable ZIP archive");
    }
  }

  /**
   * Expands a verified archive into {@code target} (emptied first), refusing any entry that would
   * land outside it and stopping at {@link #MAX_EXPANDED_BYTES} whatever the entries claimed.
   */
  public static void expand(Path zip, Path target) throws RejectedException {
    try {
      deleteTree(target);
      Files.createDirectories(target);
      Path root = target.toRealPath();
      long written = 0;
      try (ZipFile archive = new ZipFile(zip.toFile())) {
        for (Enumeration<? extends ZipEntry> entries = archive.entries();
            entries.hasMoreElements(); ) {
          ZipEntry entry = entries.nextElement();
          Path out = root.resolve(entry.getName()).normalize();
          if (!safeName(entry.getName()) || !out.startsWith(root)) {
            throw new RejectedException("an entry points outside the plugin's folder");
          }
          if (entry.isDirectory()) {
            Files.createDirectories(out);
            continue;
          }
          Files.createDirectories(out.getParent());
          try (InputStream in = archive.getInputStream(entry)) {
            written += Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
          }
          if (written > MAX_EXPANDED_BYTES) {
            throw new RejectedException("expands to more than " + MAX_EXPANDED_BYTES + " bytes");
          }
        }
      }
    } catch (IOException e) {
      throw new RejectedException("the archive could not be expanded");
    }
  }

  /** A relative path of plain segments: no root, drive, backslash, empty or dot-dot segment. */
  static boolean safeName(String name) {
    if (name == null
        || name.isEmpty()
        || name.startsWith("/")
        || name.contains("\\")
        || name.contains(":")
        || name.indexOf('\0') >= 0) {
      return false;
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..") || segment.equals(".")) {
        return false;
      }
    }
    return !name.contains("//");
  }

  static String digest(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = Sha256.digest();
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
      return Sha256.hex(sha);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
