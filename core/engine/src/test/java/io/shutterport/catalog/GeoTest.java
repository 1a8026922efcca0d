package io.shutterport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoTest {
  @ParameterizedTest
  @CsvSource({
    "0.0, 1",
    "0.2, 1",
    "1.0, 1",
    "1.01, 2",
    "9.99, 10",
    "10.0, 10",
    "10.5, 15",
    "23.0, 25",
    "100.0, 100"
  })
  void searchTellsDistancesOnlyInBands(double km, double band) {
    assertThat(Geo.band(km)).isEqualTo(band);
  }

  @ParameterizedTest
  @CsvSource({"35.0, 135.0, 35.0001, 135.0", "35.0, 135.0, 35.004, 135.0"})
  void pointsAFewMetresApartLookTheSame(double lat1, double lon1, double lat2, double lon2) {
    assertThat(Geo.band(Geo.km(lat1, lon1, 35.02, 135.03)))
        .isEqualTo(Geo.band(Geo.km(lat2, lon2, 35.02, 135.03)));
  }
}
