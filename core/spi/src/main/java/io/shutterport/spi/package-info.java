/**
 * The Shutterport plugin contract, version 1.
 *
 * <p>Everything a plugin compiles against lives here: the extension points (each a factory that
 * creates a per-tenant instance from a typed configuration), their request and result records,
 * {@link io.shutterport.spi.Money} and {@link io.shutterport.spi.PluginException}. Only JDK types
 * and PF4J's {@code ExtensionPoint} appear in signatures.
 */
package io.shutterport.spi;
