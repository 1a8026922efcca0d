package io.shutterport.spi.payment;

/**
 * Optional ability of {@link PaymentProviderFactory.FlowKind#EMBEDDED} providers: their card form
 * shown inside the marketplace's booking page. A provider with it may also be asked to authorise a
 * booking that the photographer has not answered yet; the host captures when the photographer
 * accepts and cancels the authorisation otherwise.
 */
public interface SupportsEmbeddedCheckout {

  /** What the booking page loads to show the provider's form. */
  EmbeddedCheckout embeddedCheckout();
}
