package io.shutterport.tenant;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * A tenant's settings as the rest of the system sees them.
 *
 * @param id the tenant id
 * @param name the marketplace name
 * @param defaultLocale the language shown first
 * @param locales the languages offered
 * @param currency the ISO 4217 currency
 * @param zone the time zone shoots are booked in
 * @param theme the theme id
 * @param commissionBasisPoints the platform commission, in 1/100 of a percent
 * @param rules how bookings move on by themselves, and what cancelling costs
 * @param rankingWeights the weights of the search ranking, in their text form
 * @param approvePhotographers whether new photographers wait for an operator's approval
 * @param categoryOrder category ids in the order the operator wants them shown (others follow)
 * @param hiddenCategories category ids the operator switched off
 */
public record TenantView(
    String id,
    String name,
    String defaultLocale,
    List<String> locales,
    String currency,
    ZoneId zone,
    String theme,
    int commissionBasisPoints,
    BookingRules rules,
    String rankingWeights,
    boolean approvePhotographers,
    List<String> categoryOrder,
    List<String> hiddenCategories) {

  /**
   * @param requestTtl how long a request, inquiry or offer waits for an answer (and an accepted
   *     booking for its payment) before it expires
   * @param autoCompleteAfter how long after delivery the system accepts it for the customer
   * @param payoutDelay how long after completion the photographer's payout is released
   * @param cancellationPolicy the default cancellation policy, in its text form
   * @param reviewWindow how long after completion reviews stay hidden when only one side wrote
   * @param tipShareBasisPoints the photographer's share of tips, in 1/100 of a percent
   * @param travelFeeBands the travel fee by distance bands, in its text form (empty: none)
   */
  public record BookingRules(
      Duration requestTtl,
      Duration autoCompleteAfter,
      Duration payoutDelay,
      String cancellationPolicy,
      Duration reviewWindow,
      int tipShareBasisPoints,
      String travelFeeBands) {}
}
