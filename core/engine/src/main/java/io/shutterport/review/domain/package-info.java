/** The review entity. */
package io.shutterport.review.domain;
