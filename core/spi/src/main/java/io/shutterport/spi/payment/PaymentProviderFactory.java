package io.shutterport.spi.payment;

import io.shutterport.spi.ExtensionFactory;
import java.util.Set;

/** Extension point: creates a {@link PaymentProvider} per tenant. */
public interface PaymentProviderFactory extends ExtensionFactory<PaymentProvider> {

  /** ISO 4217 codes this provider can charge in. */
  Set<String> supportedCurrencies();

  /** How the customer pays. */
  FlowKind flowKind();

  /** How a payment reaches the provider. */
  enum FlowKind {
    /** The customer is sent to the provider's page. */
    REDIRECT,
    /** The provider's form is embedded in our page. */
    EMBEDDED,
    /** Money moves outside the system (bank transfer, cash); the operator confirms it. */
    OFFLINE
  }
}
