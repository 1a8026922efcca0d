/**
 * The plugin host: the only package that imports PF4J. It loads plugin archives from the configured
 * folder, finds extensions by type and id, creates per-tenant instances and runs every call into
 * plugin code through {@link io.shutterport.platform.plugin.PluginInvoker}.
 */
package io.shutterport.platform.plugin;
