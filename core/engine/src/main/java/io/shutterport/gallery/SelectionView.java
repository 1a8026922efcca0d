package io.shutterport.gallery;

import java.time.Instant;

/**
 * The customer's selection of a booking's delivered photos, and what the downloads weigh.
 *
 * @param selected how many photos are selected
 * @param limit how many the plan lets the customer select; null: no limit
 * @param submittedAt when the customer submitted it; null while it may change
 * @param photos how many photos were delivered
 * @param allBytes the originals' size together (what "download all" carries, before the ZIP's few
 *     bytes of headers)
 * @param selectedBytes the selected originals' size together
 */
public record SelectionView(
    int selected,
    Integer limit,
    Instant submittedAt,
    int photos,
    long allBytes,
    long selectedBytes) {}
