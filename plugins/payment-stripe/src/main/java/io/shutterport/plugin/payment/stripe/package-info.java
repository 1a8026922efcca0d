/**
 * Card payments through Stripe's REST API (PaymentIntents with manual capture, refunds, signed
 * webhooks), spoken directly over {@code java.net.http}: no SDK, so the plugin carries no library
 * that could clash with the server's. Every mutating call sends the host's idempotency key as
 * Stripe's {@code Idempotency-Key} header.
 */
package io.shutterport.plugin.payment.stripe;
