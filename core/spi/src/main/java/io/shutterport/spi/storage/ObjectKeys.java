package io.shutterport.spi.storage;

import java.util.regex.Pattern;

/** The rule every object key follows, so no key can escape a backend's root. */
public final class ObjectKeys {
  private static final Pattern VALID =
      Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

  private ObjectKeys() {}

  /** Throws {@link IllegalArgumentException} unless {@code key} is a safe object key. */
  public static String requireValid(String key) {
    if (key == null || key.length() > 512 || !VALID.matcher(key).matches() || key.contains("..")) {
      throw new IllegalArgumentException("invalid object key");
    }
    return key;
  }
}
