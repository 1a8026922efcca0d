package io.shutterport.plugin.storage.local;

import io.shutterport.spi.PluginException;
import io.shutterport.spi.storage.ByteRange;
import io.shutterport.spi.storage.ChecksumMismatchException;
import io.shutterport.spi.storage.ObjectArchivedException;
import io.shutterport.spi.storage.ObjectContent;
import io.shutterport.spi.storage.ObjectKeys;
import io.shutterport.spi.storage.ObjectListing;
import io.shutterport.spi.storage.PutRequest;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.storage.StoredObject;
import io.shutterport.spi.storage.SupportsArchiveTier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A tenant's objects in a folder. Archiving marks an object archived in its metadata and refuses to
 * read it until it is restored: the archive tier's behaviour, for development and single-node
 * installs, without a cheaper medium behind it.
 */
final class LocalStorage implements StorageBackend, SupportsArchiveTier {
  private static final String ARCHIVED = "archived";

  private final Path objects;
  private final Path meta;
  private final Path tmp;

  LocalStorage(Path tenantRoot) {
    this.objects = tenantRoot.resolve("objects");
    this.meta = tenantRoot.resolve("meta");
    this.tmp = tenantRoot.resolve("tmp");
    try {
      Files.createDirectories(objects);
      Files.createDirectories(meta);
      Files.createDirectories(tmp);
    } catch (IOException e) {
      throw new PluginException("storage folder is not writable", false, e);
    }
  }

  @Override
  public StoredObject put(PutRequest request) {
    Path target = objectPath(request.key());
    Optional<StoredObject> existing = head(request.key());
    if (existing.isPresent()) {
      return request.acceptExisting(existing.get());
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(tmp, "put-", ".part");
      String sha256 = writeDurably(request.content(), temp, request.length());
      if (!sha256.equals(request.sha256())) {
        throw new ChecksumMismatchException(request.key());
      }
      Files.createDirectories(target.getParent());
      try {
        moveAtomically(temp, target, false);
      } catch (FileAlreadyExistsException raced) {
        return request.acceptExisting(head(request.key()).orElseThrow());
      }
      writeMeta(request.key(), request.contentType(), sha256, false);
      return head(request.key()).orElseThrow();
    } catch (IOException e) {
      throw new PluginException("could not write object", true, e);
    } finally {
      deleteQuietly(temp);
    }
  }

  @Override
  public Optional<ObjectContent> get(String key, ByteRange range) {
    Optional<StoredObject> object = head(key);
    if (object.isEmpty()) {
      return Optional.empty();
    }
    if (isArchived(key)) {
      throw new ObjectArchivedException(key);
    }
    ByteRange clipped = range.clip(object.get().length());
    try {
      FileChannel channel = FileChannel.open(objectPath(key), StandardOpenOption.READ);
      channel.position(clipped.first());
      long length = object.get().length() == 0 ? 0 : clipped.length();
      InputStream stream = new BoundedInputStream(Channels.newInputStream(channel), length);
      return Optional.of(new ObjectContent(object.get(), clipped, stream));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new PluginException("could not read object", true, e);
    }
  }

  @Override
  public Optional<StoredObject> head(String key) {
    Path path = objectPath(key);
    try {
      long length = Files.size(path);
      var modified = Files.getLastModifiedTime(path).toInstant();
      Properties properties = readMeta(key);
      String sha256 = properties.getProperty("sha256");
      if (sha256 == null) { // crashed between moving the object and writing its metadata
        try (InputStream in = Files.newInputStream(path)) {
          sha256 = digest(in);
        }
      }
      String type = properties.getProperty("contentType", "application/octet-stream");
      return Optional.of(new StoredObject(key, length, type, sha256, modified));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new PluginException("could not read object metadata", true, e);
    }
  }

  @Override
  public boolean archive(String key) {
    return markArchived(key, true);
  }

  @Override
  public boolean restore(String key) {
    return markArchived(key, false);
  }

  @Override
  public boolean isArchived(String key) {
    try {
      return Files.exists(objectPath(key)) && "true".equals(readMeta(key).getProperty(ARCHIVED));
    } catch (IOException e) {
      throw new PluginException("could not read object metadata", true, e);
    }
  }

  private boolean markArchived(String key, boolean archived) {
    Optional<StoredObject> object = head(key);
    if (object.isEmpty()) {
      return false;
    }
    try {
      Properties properties = readMeta(key);
      if (archived != "true".equals(properties.getProperty(ARCHIVED))) {
        writeMeta(key, object.get().contentType(), object.get().sha256(), archived);
      }
      return true;
    } catch (IOException e) {
      throw new PluginException("could not write object metadata", true, e);
    }
  }

  @Override
  public boolean delete(String key) {
    try {
      Files.deleteIfExists(metaPath(key));
      return Files.deleteIfExists(objectPath(key));
    } catch (IOException e) {
      throw new PluginException("could not delete object", true, e);
    }
  }

  @Override
  public ObjectListing list(String prefix, String startAfter, int limit) {
    Path start = deepestFolder(prefix);
    if (!Files.isDirectory(start)) {
      return new ObjectListing(List.of(), false);
    }
    try (Stream<Path> files = Files.walk(start)) {
      List<String> keys =
          files
              .filter(Files::isRegularFile)
              .map(p -> objects.relativize(p).toString().replace('\\', '/'))
              .filter(k -> k.startsWith(prefix))
              .filter(k -> startAfter == null || k.compareTo(startAfter) > 0)
              .sorted()
              .limit(limit + 1L)
              .toList();
      List<StoredObject> page = new ArrayList<>();
      for (String key : keys.subList(0, Math.min(limit, keys.size()))) {
        head(key).ifPresent(page::add);
      }
      return new ObjectListing(page, keys.size() > limit);
    } catch (IOException e) {
      throw new PluginException("could not list objects", true, e);
    }
  }

  private String writeDurably(InputStream content, Path temp, long declaredLength)
      throws IOException {
    MessageDigest digest = sha256();
    long written;
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
      written = new BoundedInputStream(content, declaredLength + 1).transferTo(out);
      out.flush();
      channel.force(true);
    }
    if (written != declaredLength) {
      throw new ChecksumMismatchException("length " + written + " != " + declaredLength);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private void writeMeta(String key, String contentType, String sha256, boolean archived)
      throws IOException {
    Properties properties = new Properties();
    properties.setProperty("contentType", contentType);
    properties.setProperty("sha256", sha256);
    if (archived) {
      properties.setProperty(ARCHIVED, "true");
    }
    Path target = metaPath(key);
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(tmp, "meta-", ".part");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        properties.store(out, null);
        out.flush();
        channel.force(true);
      }
      moveAtomically(temp, target, true);
    } finally {
      deleteQuietly(temp);
    }
  }

  private Properties readMeta(String key) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(metaPath(key))) {
      properties.load(in);
    } catch (NoSuchFileException e) {
      // no metadata yet: the caller recomputes what it needs
    }
    return properties;
  }

  private static void moveAtomically(Path from, Path to, boolean replace) throws IOException {
    try {
      if (replace) {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        // ATOMIC_MOVE may replace silently on POSIX, so link first: fails if the key exists.
        Files.createLink(to, from);
        Files.delete(from);
      }
    } catch (AtomicMoveNotSupportedException | UnsupportedOperationException e) {
      if (!replace && Files.exists(to)) {
        throw new FileAlreadyExistsException(to.toString());
      }
      Files.move(
          from,
          to,
          replace
              ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING}
              : new StandardCopyOption[0]);
    }
  }

  private Path objectPath(String key) {
    ObjectKeys.requireValid(key);
    return resolveInside(objects, key);
  }

  private Path metaPath(String key) {
    ObjectKeys.requireValid(key);
    return resolveInside(meta, key + ".properties");
  }

  private Path deepestFolder(String prefix) {
    int slash = prefix.lastIndexOf('/');
    if (slash <= 0) {
      return objects;
    }
    Path folder = objects.resolve(prefix.substring(0, slash)).normalize();
    if (!folder.startsWith(objects)) {
      throw new IllegalArgumentException("invalid prefix");
    }
    return folder;
  }

  private static Path resolveInside(Path base, String key) {
    Path resolved = base.resolve(key).normalize();
    if (!resolved.startsWith(base)) {
      throw new IllegalArgumentException("invalid object key");
    }
    return resolved;
  }

  private static String digest(InputStream in) throws IOException {
    MessageDigest digest = sha256();
    in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteQuietly(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
