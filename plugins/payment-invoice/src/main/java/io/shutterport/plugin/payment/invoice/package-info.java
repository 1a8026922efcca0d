/**
 * Offline payment: the customer transfers money to the operator's bank account (or pays at the
 * shoot) and the operator confirms receipt. No money moves through this plugin, so it has no
 * external state: ids derive from the host's idempotency keys, which makes every call idempotent.
 */
package io.shutterport.plugin.payment.invoice;
