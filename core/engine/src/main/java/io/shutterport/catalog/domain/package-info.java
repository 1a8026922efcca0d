/** Profile and plan aggregates. */
package io.shutterport.catalog.domain;
