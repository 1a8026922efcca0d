package io.shutterport.payment;

import io.shutterport.platform.error.ShutterportException;

/** A webhook whose signature, timestamp or body does not verify: 400, nothing changes. */
public class WebhookRejected extends ShutterportException {
  public WebhookRejected() {
    super("error.webhookRejected");
  }

  @Override
  public Kind kind() {
    return Kind.INVALID;
  }
}
