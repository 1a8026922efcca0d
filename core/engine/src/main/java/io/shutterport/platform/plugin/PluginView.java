package io.shutterport.platform.plugin;

import java.util.List;

/**
 * What the operator sees of a plugin.
 *
 * @param id the plugin id
 * @param version its version
 * @param state STARTED, FAILED, DISABLED, …
 * @param description its description
 * @param extensions the extension ids it contributes
 * @param failure why it failed, or null
 */
public record PluginView(
    String id,
    String version,
    String state,
    String description,
    List<String> extensions,
    String failure) {}
