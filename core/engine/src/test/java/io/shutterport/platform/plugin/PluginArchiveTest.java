package io.shutterport.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginArchiveTest {
  @TempDir Path dir;

  private Path zip(String name, Map<String, String> entries) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  private static Map<String, String> plugin(String id) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("plugin.properties", "plugin.id=" + id + "\nplugin.version=1.2.3\n");
    entries.put("lib/", "");
    return entries;
  }

  @Test
  void aMatchingArchiveIsVerifiedAndExpandedInsideItsFolder() throws Exception {
    Path zip = zip("ok.zip", plugin("sample"));
    var verified = PluginArchive.verify(zip, PluginArchive.digest(zip));
    assertThat(verified.id()).isEqualTo("sample");
    assertThat(verified.fileName()).isEqualTo("sample-1.2.3.zip");
    PluginArchive.expand(zip, dir.resolve("out"));
    assertThat(dir.resolve("out/plugin.properties")).exists();
  }

  @Test
  void aDifferentDigestIsRefused() throws Exception {
    Path zip = zip("ok.zip", plugin("sample"));
    assertThatThrownBy(() -> PluginArchive.verify(zip, "0".repeat(64)))
        .isInstanceOf(PluginArchive.RejectedException.class)
        .hasMessageContaining("mismatch");
    assertThatThrownBy(() -> PluginArchive.verify(zip, "not hex")).hasMessageContaining("64 hex");
  }

  @Test
  void entriesOutsideThePluginFolderAreRefusedOnVerifyAndOnExpand() throws Exception {
    for (String evil : new String[] {"../x", "a/../../x", "/abs", "C:/x", "a\\..\\x", "./x"}) {
      Map<String, String> entries = plugin("sample");
      entries.put(evil, "payload");
      Path zip = zip("evil.zip", entries);
      assertThatThrownBy(() -> PluginArchive.verify(zip, PluginArchive.digest(zip)))
          .as(evil)
          .hasMessageContaining("outside");
      assertThatThrownBy(() -> PluginArchive.expand(zip, dir.resolve("target")))
          .as(evil)
          .hasMessageContaining("outside");
    }
    assertThat(dir.resolve("x")).doesNotExist();
    assertThat(dir.getParent().resolve("x")).doesNotExist();
  }

  @Test
  void aDescriptorWithoutAPlainIdIsRefused() throws Exception {
    Path noDescriptor = zip("none.zip", Map.of("lib/a.jar", "x"));
    assertThatThrownBy(() -> PluginArchive.verify(noDescriptor, PluginArchive.digest(noDescriptor)))
        .hasMessageContaining("plugin.properties");
    Path badId = zip("bad.zip", plugin("../up"));
    assertThatThrownBy(() -> PluginArchive.verify(badId, PluginArchive.digest(badId)))
        .hasMessageContaining("plugin.id");
    Path notZip = dir.resolve("text.zip");
    Files.writeString(notZip, "not a zip");
    assertThatThrownBy(() -> PluginArchive.verify(notZip, PluginArchive.digest(notZip)))
        .hasMessageContaining("ZIP");
  }

  @Test
  void theRecordedChecksumBesideAnArchiveIsRequired() throws Exception {
    Path zip = zip("ok.zip", plugin("sample"));
    assertThatThrownBy(() -> PluginArchive.recordedDigest(zip)).hasMessageContaining(".sha256");
    Files.writeString(
        dir.resolve("ok.zip.sha256"), PluginArchive.digest(zip).toUpperCase() + "  ok.zip\n");
    assertThat(PluginArchive.recordedDigest(zip)).isEqualTo(PluginArchive.digest(zip));
  }

  @Test
  void theRepositoryLoadsOnlyVerifiedArchivesAndReportsTheRest() throws Exception {
    Path good = zip("good.zip", plugin("good"));
    Files.writeString(dir.resolve("good.zip.sha256"), PluginArchive.digest(good));
    zip("tampered.zip", plugin("tampered"));
    Files.writeString(dir.resolve("tampered.zip.sha256"), "0".repeat(64));
    zip("unrecorded.zip", plugin("unrecorded"));
    Files.createDirectories(dir.resolve("loose"));
    Files.createDirectories(dir.resolve("good")); // an older PF4J's expansion of good.zip
    var repository = new VerifiedPluginRepository(dir);
    assertThat(repository.getPluginPaths())
        .containsExactly(dir.resolve(".verified").resolve("good"));
    assertThat(repository.rejected()).containsOnlyKeys("tampered.zip", "unrecorded.zip", "loose");
  }
}
