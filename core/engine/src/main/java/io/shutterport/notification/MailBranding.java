package io.shutterport.notification;

/**
 * Gives mails a marketplace's look. The engine's own implementation uses the marketplace's name
 * only; the web application, which loads themes, replaces it with one that uses the tenant's theme.
 */
public interface MailBranding {
  /** The brand of the current tenant's mails. */
  MailBrand current();
}
