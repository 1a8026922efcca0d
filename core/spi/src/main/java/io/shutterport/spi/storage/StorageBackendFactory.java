package io.shutterport.spi.storage;

import io.shutterport.spi.ExtensionFactory;

/** Extension point: creates a {@link StorageBackend} per tenant. */
public interface StorageBackendFactory extends ExtensionFactory<StorageBackend> {}
