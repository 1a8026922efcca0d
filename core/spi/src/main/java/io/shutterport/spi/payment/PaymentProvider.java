package io.shutterport.spi.payment;

/** A configured payment provider for one tenant. */
public interface PaymentProvider {

  /** Starts a payment for a booking: authorises it, or captures at once if asked. */
  PaymentResult createPayment(CreatePaymentRequest request);

  /** Captures a payment that was authorised. */
  PaymentResult capture(CaptureRequest request);

  /** Cancels a payment that was not captured. */
  PaymentResult cancel(CancelRequest request);
}
