/**
 * Finding the right photographer: filtered search ranked by a documented score, the marketplace's
 * own pick (おまかせ), and the reverse flow where customers post shoot requests and photographers send
 * proposals.
 */
package io.shutterport.matching;
