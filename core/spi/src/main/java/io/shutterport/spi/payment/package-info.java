/**
 * Payment providers. Every operation carries an idempotency key chosen by the host: the same key
 * never moves money twice. Declines and pending states are values, not exceptions.
 */
package io.shutterport.spi.payment;
