package io.shutterport.matching;

/**
 * One photographer in the preview of proposed ranking weights.
 *
 * @param photographerId the photographer
 * @param displayName public name
 * @param rank their place under the proposed weights, from 1
 * @param rankNow their place under today's weights, or null when today they rank below the shown
 *     results
 * @param score their score under the proposed weights, 0–1
 */
public record WeightsPreview(
    String photographerId, String displayName, int rank, Integer rankNow, double score) {}
