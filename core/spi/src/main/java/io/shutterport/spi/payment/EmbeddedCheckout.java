package io.shutterport.spi.payment;

import java.net.URI;
import java.util.Objects;

/**
 * A provider's form in the booking page. The page loads {@code libraryUrl} (the provider's own
 * script, e.g. Stripe.js; its origin is added to the page's script policy), then {@code
 * pageScript}, served from the marketplace's origin. The page script finds its inputs on the
 * element {@code #checkout}: {@code data-client-token} (the payment's {@link
 * PaymentResult#clientToken()}), {@code data-publishable-key}, {@code data-language}, {@code
 * data-return-url}; it mounts the form in {@code #checkout-element}, submits from the button {@code
 * #checkout-submit}, writes a refusal into {@code #checkout-error}, and dispatches the DOM event
 * {@code checkout:submitted} on {@code #checkout} when the provider accepted the details (the host
 * learns the outcome from the provider's webhook).
 *
 * @param libraryUrl the provider's script
 * @param publishableKey the key the script may show to browsers
 * @param pageScript the JavaScript that drives the form
 */
public record EmbeddedCheckout(URI libraryUrl, String publishableKey, String pageScript) {
  public EmbeddedCheckout {
    Objects.requireNonNull(libraryUrl, "libraryUrl");
    Objects.requireNonNull(publishableKey, "publishableKey");
    Objects.requireNonNull(pageScript, "pageScript");
  }
}
