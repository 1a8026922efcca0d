/** Sign-up, login, verification and password reset: API and pages. */
package io.shutterport.web.identity;
