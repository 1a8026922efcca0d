package io.shutterport.spi;

/**
 * A failure inside a plugin. Expected business outcomes (a declined card, a missing object) are
 * values in result records; this is for faults. {@link #retryable()} says whether the same call may
 * succeed later (a timeout, a throttled API) or never will (bad configuration).
 */
public class PluginException extends RuntimeException {
  private final boolean retryable;

  public PluginException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  public PluginException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  public boolean retryable() {
    return retryable;
  }
}
