package io.shutterport.platform.error;

/** A plugin failed, hung or is missing; only the feature that needs it is affected. */
public class PluginUnavailableException extends ShutterportException {
  public PluginUnavailableException(String pluginId) {
    super("error.pluginUnavailable", pluginId);
  }

  @Override
  public Kind kind() {
    return Kind.UNAVAILABLE;
  }
}
