package io.shutterport.payment;

import io.shutterport.spi.Money;

/**
 * A payment as the customer and operator see it.
 *
 * @param id our id
 * @param bookingId the booking it pays
 * @param providerId the payment plugin
 * @param status the provider status name
 * @param amount what the provider takes
 * @param credit what the customer's credit paid, on top of {@code amount}
 * @param instructionsJa what to do, in Japanese; may be null
 * @param instructionsEn what to do, in English; may be null
 * @param clientToken for embedded flows, what the provider's script in the page needs; may be null
 */
public record PaymentView(
    String id,
    String bookingId,
    String providerId,
    String status,
    Money amount,
    Money credit,
    String instructionsJa,
    String instructionsEn,
    String clientToken) {

  /** The instructions in a language, falling back to English. */
  public String instructions(String language) {
    return "ja".equals(language) && instructionsJa != null ? instructionsJa : instructionsEn;
  }
}
