/**
 * Payments through the tenant's payment plugin, and the ledger. The idempotency key of each
 * operation is derived from the booking and stored (unique per tenant) before the provider is
 * called, so a retried request never moves money twice.
 */
package io.shutterport.payment;
