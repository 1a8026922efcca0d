package io.shutterport.booking;

import io.shutterport.spi.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What cancelling costs, declared per tenant (and optionally per plan) and copied onto every
 * booking when it is made, so later changes never alter a booking's terms.
 *
 * <p>Text form, as operators write it: {@code 168h:20,72h:50,24h:100;exempt=WEATHER,CHILD_ILLNESS;
 * compensation=10;creditBonus=5} — a customer cancelling with less than 168 hours to go pays 20%,
 * less than 72 hours 50%, less than 24 hours (or after the start) 100%; the listed reasons cost
 * nothing; a photographer who cancels refunds everything and the customer receives 10% of the price
 * as credit; a customer who takes credit instead of a refund receives 5% more. Compensation and
 * bonus are counted on money paid in only, never on credit spent (or credit would grow itself).
 *
 * @param tiers fee tiers, most hours first
 * @param exempt reasons that cost the customer nothing
 * @param compensationPercent credit for the customer when the photographer cancels, in % of price
 * @param creditBonusPercent extra credit when the customer takes credit instead of a refund
 */
public record CancellationPolicy(
    List<Tier> tiers,
    Set<CancellationReason> exempt,
    int compensationPercent,
    int creditBonusPercent) {

  /** The policy of a tenant that declares none. */
  public static final String DEFAULT =
      "168h:20,72h:50,24h:100;exempt=WEATHER,CHILD_ILLNESS;compensation=10;creditBonus=5";

  /**
   * With fewer than {@code hoursBefore} hours left before the shoot, the fee is {@code feePercent}.
   */
  public record Tier(int hoursBefore, int feePercent) {}

  /**
   * What a cancellation moves.
   *
   * @param fee what the customer pays (kept, shared between photographer and platform)
   * @param refund money back to the customer
   * @param credit credit for the customer's next booking, instead of (or besides) a refund
   * @param platformFunded the part of {@code credit} the platform pays for (compensation, bonus)
   */
  public record Outcome(Money fee, Money refund, Money credit, Money platformFunded) {
    /**
     * The same outcome with the platform-funded credit (compensation, bonus) cut to at most {@code
     * room}; what the customer paid comes back whole whatever the cap.
     */
    public Outcome withPlatformFundedAtMost(Money room) {
      long cut = platformFunded.minorUnits() - Math.max(0, room.minorUnits());
      if (cut <= 0) {
        return this;
      }
      Money less = Money.of(cut, platformFunded.currency());
      return new Outcome(fee, refund, credit.minus(less), platformFunded.minus(less));
    }
  }

  public CancellationPolicy {
    tiers = tiers.stream().sorted(Comparator.comparingInt(Tier::hoursBefore).reversed()).toList();
    exempt = exempt.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exempt));
  }

  /** Reads the text form; throws {@link IllegalArgumentException} naming what is wrong. */
  public static CancellationPolicy parse(String text) {
    if (text == null || text.isBlank() || text.length() > 400) {
      throw new IllegalArgumentException("empty or too long");
    }
    String[] parts = text.strip().split(";");
    List<Tier> tiers = new ArrayList<>();
    Set<CancellationReason> exempt = EnumSet.noneOf(CancellationReason.class);
    int compensation = 0;
    int bonus = 0;
    for (String tier : parts[0].split(",")) {
      String[] hf = tier.strip().split(":");
      if (hf.length != 2 || !hf[0].endsWith("h")) {
        throw new IllegalArgumentException("tier must read <hours>h:<percent>: " + tier);
      }
      tiers.add(
          new Tier(number(hf[0].substring(0, hf[0].length() - 1), 0, 8760), number(hf[1], 0, 100)));
    }
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].strip().split("=", 2);
      String value = kv.length == 2 ? kv[1].strip() : "";
      switch (kv[0].strip()) {
        case "exempt" -> {
          for (String reason : value.split(",")) {
            if (!reason.isBlank()) {
              exempt.add(reason(reason.strip()));
            }
          }
        }
        case "compensation" -> compensation = number(value, 0, 100);
        case "creditBonus" -> bonus = number(value, 0, 100);
        default -> throw new IllegalArgumentException("unknown part: " + kv[0]);
      }
    }
    var sorted = tiers.stream().sorted(Comparator.comparingInt(Tier::hoursBefore)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).hoursBefore() == sorted.get(i - 1).hoursBefore()) {
        throw new IllegalArgumentException("two tiers for " + sorted.get(i).hoursBefore() + "h");
      }
      if (sorted.get(i).feePercent() > sorted.get(i - 1).feePercent()) {
        throw new IllegalArgumentException("fees must not fall as the shoot comes closer");
      }
    }
    return new CancellationPolicy(tiers, exempt, compensation, bonus);
  }

  /** The text form; {@code parse(format())} gives an equal policy. */
  public String format() {
    String t =
        tiers.stream()
            .map(x -> x.hoursBefore() + "h:" + x.feePercent())
            .collect(Collectors.joining(","));
    String e = exempt.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    return t
        + ";exempt="
        + e
        + ";compensation="
        + compensationPercent
        + ";creditBonus="
        + creditBonusPercent;
  }

  /**
   * The fee in percent for a customer cancelling at {@code at} a shoot starting at {@code start}.
   */
  public int feePercent(Instant start, Instant at) {
    long hoursLeft = Duration.between(at, start).toHours();
    boolean started = !at.isBefore(start);
    int fee = 0;
    for (Tier tier : tiers) { // most hours first: the last one that applies is the closest
      if (started || hoursLeft < tier.hoursBefore()) {
        fee = tier.feePercent();
      }
    }
    return fee;
  }

  /**
   * What cancelling a paid booking moves.
   *
   * @param price what was paid
   * @param paidIn the part of the price paid with money from outside (not with credit): only it
   *     earns compensation or a credit bonus, so credit cannot grow itself
   * @param start when the shoot starts
   * @param at when it is cancelled
   * @param by who cancels
   * @param reason why
   * @param asCredit whether the customer takes credit instead of a refund
   */
  public Outcome outcome(
      Money price,
      Money paidIn,
      Instant start,
      Instant at,
      Actor by,
      CancellationReason reason,
      boolean asCredit) {
    Money zero = Money.of(0, price.currency());
    if (by != Actor.CUSTOMER) {
      Money compensation =
          by == Actor.PHOTOGRAPHER ? paidIn.percentage(compensationPercent * 100) : zero;
      return new Outcome(zero, price, compensation, compensation);
    }
    int percent = exempt.contains(reason) ? 0 : feePercent(start, at);
    Money fee = price.percentage(percent * 100);
    Money back = price.minus(fee);
    if (!asCredit) {
      return new Outcome(fee, back, zero, zero);
    }
    Money bonus =
        (back.compareTo(paidIn) <= 0 ? back : paidIn).percentage(creditBonusPercent * 100);
    return new Outcome(fee, zero, back.plus(bonus), bonus);
  }

  private static int number(String text, int min, int max) {
    try {
      int n = Integer.parseInt(text.strip());
      if (n < min || n > max) {
        throw new IllegalArgumentException(text + " is outside " + min + ".." + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + text);
    }
  }

  private static CancellationReason reason(String name) {
    try {
      return CancellationReason.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown reason: " + name);
    }
  }
}
