/** JPA access to payments and ledger entries. */
package io.shutterport.payment.infrastructure;
