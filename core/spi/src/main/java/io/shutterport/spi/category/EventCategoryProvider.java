package io.shutterport.spi.category;

import java.util.List;

/** Contributes event categories to one tenant. */
public interface EventCategoryProvider {

  /** The categories, in the order the plugin suggests. Ids are unique across plugins. */
  List<EventCategory> categories();
}
