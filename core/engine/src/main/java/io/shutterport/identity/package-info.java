/**
 * Accounts: customers, photographers and operators of a tenant. Registration with e-mail
 * verification, login, password reset. Answers never reveal whether an account exists.
 */
package io.shutterport.identity;
