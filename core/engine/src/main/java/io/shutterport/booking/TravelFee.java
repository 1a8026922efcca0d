package io.shutterport.booking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's travel fee by distance bands. Text form: {@code 10:0,30:3000,60:6000} — up to 10 km
 * free, up to 30 km 3,000, up to 60 km 6,000 (minor units of the tenant's currency); farther is
 * beyond reach. An empty text charges nothing at any distance.
 *
 * @param bands the bands, nearest first
 */
public record TravelFee(List<Band> bands) {

  /**
   * @param upToKm the band's outer distance
   * @param feeMinor its fee
   */
  public record Band(int upToKm, long feeMinor) {}

  public static TravelFee parse(String text) {
    List<Band> bands = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return new TravelFee(bands);
    }
    if (text.length() > 200) {
      throw new IllegalArgumentException("too long");
    }
    for (String part : text.split(",")) {
      String[] kv = part.strip().split(":");
      if (kv.length != 2) {
        throw new IllegalArgumentException("write <km>:<fee>: " + part);
      }
      try {
        int km = Integer.parseInt(kv[0].strip());
        long fee = Long.parseLong(kv[1].strip());
        if (km < 1 || km > 1000 || fee < 0 || fee > 10_000_000L) {
          throw new IllegalArgumentException("out of range: " + part);
        }
        bands.add(new Band(km, fee));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number: " + part);
      }
    }
    bands.sort(Comparator.comparingInt(Band::upToKm));
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).upToKm() == bands.get(i - 1).upToKm()) {
        throw new IllegalArgumentException("two bands for " + bands.get(i).upToKm() + " km");
      }
    }
    return new TravelFee(List.copyOf(bands));
  }

  public String format() {
    return String.join(",", bands.stream().map(b -> b.upToKm() + ":" + b.feeMinor()).toList());
  }

  /** The fee at a distance; empty when it is beyond the last band. */
  public Optional<Long> at(double km) {
    if (bands.isEmpty()) {
      return Optional.of(0L);
    }
    return bands.stream().filter(b -> km <= b.upToKm()).findFirst().map(Band::feeMinor);
  }
}
