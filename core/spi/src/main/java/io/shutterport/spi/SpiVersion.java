package io.shutterport.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this contract; the host hands it to PF4J so that Plugin-Requires is checked. */
public final class SpiVersion {
  private static final String VERSION = load();

  private SpiVersion() {}

  /** The semantic version of the SPI jar on the class path, e.g. {@code 1.0.0}. */
  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = SpiVersion.class.getResourceAsStream("spi.properties")) {
      if (in == null) {
        throw new IllegalStateException("spi.properties missing from the SPI jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
