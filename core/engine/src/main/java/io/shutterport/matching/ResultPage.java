package io.shutterport.matching;

import java.util.List;

/**
 * One page of search results.
 *
 * @param results this page's results, best first
 * @param page its number, from 1
 * @param total how many photographers passed the filters
 * @param more whether a next page has results
 */
public record ResultPage(List<SearchResult> results, int page, int total, boolean more) {}
