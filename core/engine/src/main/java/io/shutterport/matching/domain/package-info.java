/** Shoot requests and proposals. */
package io.shutterport.matching.domain;
