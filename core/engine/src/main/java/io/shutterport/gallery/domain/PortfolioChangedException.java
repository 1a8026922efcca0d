package io.shutterport.gallery.domain;

import io.shutterport.platform.error.ShutterportException;

/** An order was given for a portfolio that has changed since (a photo added or removed). */
public class PortfolioChangedException extends ShutterportException {
  public PortfolioChangedException() {
    super("portfolio.changed");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
