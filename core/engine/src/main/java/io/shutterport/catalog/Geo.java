package io.shutterport.catalog;

/** Distances on the Earth's surface. */
public final class Geo {
  private Geo() {}

  /** Great-circle distance in km between two WGS 84 points. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  /**
   * A distance as search may tell it: rounded up to whole kilometres (at least 1) up to 10 km, to 5
   * km steps beyond. Answers built from it (the distance shown, the ranking factor, the radius
   * filter) cannot be combined from several points into a photographer's private base.
   */
  public static double band(double km) {
    return km <= 10 ? Math.max(1, Math.ceil(km)) : 5 * Math.ceil(km / 5);
  }
}
