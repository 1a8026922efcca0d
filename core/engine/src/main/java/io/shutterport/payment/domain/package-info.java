/** Payment and ledger rows. */
package io.shutterport.payment.domain;
