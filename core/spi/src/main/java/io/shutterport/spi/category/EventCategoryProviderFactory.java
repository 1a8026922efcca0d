package io.shutterport.spi.category;

import io.shutterport.spi.ExtensionFactory;

/** Extension point: creates an {@link EventCategoryProvider} per tenant. */
public interface EventCategoryProviderFactory extends ExtensionFactory<EventCategoryProvider> {}
