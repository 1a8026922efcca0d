/** JPA access to reviews. */
package io.shutterport.review.infrastructure;
