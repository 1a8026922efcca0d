package io.shutterport.spi.payment;

import io.shutterport.spi.PluginException;

/** A webhook whose signature or timestamp does not verify. */
public class WebhookRejectedException extends PluginException {
  public WebhookRejectedException(String reason) {
    super(reason, false);
  }
}
