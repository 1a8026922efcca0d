package io.shutterport.plugin.storage.local;

import io.shutterport.spi.ConfigField;
import io.shutterport.spi.ConfigSchema;
import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.PluginException;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.storage.StorageBackendFactory;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.pf4j.Extension;

/** Creates a {@link LocalStorage} rooted at the configured folder, one subfolder per tenant. */
@Extension
public class LocalStorageFactory implements StorageBackendFactory {
  public static final String ROOT = "root";
  private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  @Override
  public String id() {
    return "storage-local";
  }

  @Override
  public LocalizedText displayName() {
    return LocalizedText.of("ローカルディスク", "Local disk");
  }

  @Override
  public ConfigSchema configSchema() {
    return ConfigSchema.of(
        new ConfigField(
            ROOT,
            ConfigField.Type.STRING,
            true,
            null,
            LocalizedText.of("保存先フォルダ", "Storage folder")));
  }

  @Override
  public StorageBackend create(PluginContext context, PluginConfig config) {
    if (!TENANT.matcher(context.tenantId()).matches()) {
      throw new PluginException("tenant id is not usable as a folder name", false);
    }
    Path root = Path.of(config.require(ROOT)).toAbsolutePath().normalize();
    return new LocalStorage(root.resolve(context.tenantId()));
  }
}
