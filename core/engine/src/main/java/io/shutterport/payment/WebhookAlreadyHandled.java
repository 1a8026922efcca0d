package io.shutterport.payment;

/**
 * The same provider event is being handled by a concurrent delivery; this delivery changes nothing
 * and the provider may be told it arrived (2xx).
 */
public class WebhookAlreadyHandled extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WebhookAlreadyHandled() {
    super("event already handled", null, false, false);
  }
}
