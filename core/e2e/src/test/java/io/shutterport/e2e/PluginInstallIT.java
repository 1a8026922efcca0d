package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md #18: only the platform administrator installs plugins; an archive is verified against
 * the SHA-256 given and for entries outside its folder before any of its code loads, fail-closed;
 * an installed plugin starts on every node; archives in the folder that do not match their recorded
 * checksum, and loose folders, are never loaded.
 */
class PluginInstallIT {
  private static final int NODE2 = Integer.getInteger("it.node2.port", 9281);

  static byte[] zip(Map<String, String> entries) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static String descriptor(String id) {
    return "plugin.id="
        + id
        + "\nplugin.version=1.0.0\nplugin.requires=>=1.0.0\nplugin.description=Installed by a test\n";
  }

  static Map<String, String> states(Api api) {
    Map<String, String> states = new LinkedHashMap<>();
    api.get("/api/v1/platform/plugins")
        .array()
        .getValuesAs(JsonObject.class)
        .forEach(p -> states.put(p.getString("id"), p.getString("state")));
    return states;
  }

  static Api.Answer install(Api api, byte[] archive, String sha256) {
    return api.postBytes("/api/v1/platform/plugins?sha256=" + sha256, archive, "application/zip");
  }

  @Test
  void archivesThatAreNotWhatTheyClaimAreRefusedBeforeAnyCodeLoads() throws Exception {
    Api admin = MarketplaceConsoleIT.admin();
    String id = "refused-" + Long.toString(System.nanoTime(), 36);
    byte[] good = zip(Map.of("plugin.properties", descriptor(id)));

    var wrongDigest = install(admin, good, sha256("something else".getBytes()));
    assertThat(wrongDigest.status()).as(wrongDigest.toString()).isEqualTo(400);
    assertThat(wrongDigest.text()).contains("SHA-256 mismatch");

    var noDigest = install(admin, good, "abc");
    assertThat(noDigest.status()).isEqualTo(400);
    assertThat(noDigest.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("sha256");

    byte[] slip =
        zip(Map.of("plugin.properties", descriptor(id), "../../../escape.txt", "outside"));
    var outside = install(admin, slip, sha256(slip));
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.text()).contains("outside the plugin");

    byte[] absolute = zip(Map.of("plugin.properties", descriptor(id), "/etc/evil", "x"));
    assertThat(install(admin, absolute, sha256(absolute)).status()).isEqualTo(400);

    byte[] noDescriptor = zip(Map.of("lib/readme.txt", "no descriptor"));
    assertThat(install(admin, noDescriptor, sha256(noDescriptor)).text())
        .contains("plugin.properties");

    byte[] notZip = "just text".getBytes(StandardCharsets.UTF_8);
    assertThat(install(admin, notZip, sha256(notZip)).status()).isEqualTo(400);

    byte[] badId = zip(Map.of("plugin.properties", descriptor("../etc")));
    assertThat(install(admin, badId, sha256(badId)).status()).isEqualTo(400);

    assertThat(states(admin)).doesNotContainKey(id);
  }

  @Test
  void thePlatformAdministratorInstallsAPluginThatStartsOnEveryNodeOnce() throws Exception {
    Api admin = MarketplaceConsoleIT.admin();
    String id = "sample-" + Long.toString(System.nanoTime(), 36);
    byte[] archive = zip(Map.of("plugin.properties", descriptor(id)));

    Api sakuraOperator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    assertThat(install(sakuraOperator, archive, sha256(archive)).status())
        .as("no marketplace can install code")
        .isEqualTo(403);
    assertThat(install(new Api(MarketplaceConsoleIT.PLATFORM), archive, sha256(archive)).status())
        .isEqualTo(401);

    var installed = install(admin, archive, sha256(archive).toUpperCase(java.util.Locale.ROOT));
    assertThat(installed.status()).as(installed.toString()).isEqualTo(201);
    assertThat(installed.json().getString("state")).isEqualTo("STARTED");
    assertThat(states(admin)).containsEntry(id, "STARTED");

    Api adminOnNode2 = admin.onPort(NODE2);
    Concurrently.await(
        () -> "STARTED".equals(states(adminOnNode2).get(id)),
        "the plugin installed on node A to start on node B");

    var again = install(admin, archive, sha256(archive));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("archive");
  }

  @Test
  void archivesWhoseRecordedChecksumDoesNotMatchAndLooseFoldersAreNeverLoaded() {
    Map<String, String> states = states(MarketplaceConsoleIT.admin());
    assertThat(states)
        .containsEntry("tampered.zip", "REJECTED")
        .containsEntry("loose-plugin", "REJECTED")
        .containsEntry("broken-on-start", "FAILED")
        .containsEntry("category-wedding", "STARTED");
  }
}
