/**
 * What the platform console and the operators' consoles change: creating marketplaces on their host
 * names with their first operator, and a marketplace's own settings (name, languages, theme,
 * categories). Over the tenant, identity and audit features; the web layer supplies the themes it
 * knows.
 */
package io.shutterport.console;
