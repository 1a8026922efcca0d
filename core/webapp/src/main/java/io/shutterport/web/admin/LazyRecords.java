package io.shutterport.web.admin;

import io.shutterport.platform.persistence.RecordsQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * One of the operator's records tables over the marketplace's whole history: PrimeFaces asks for
 * the count, then for the page, and each is one query in the database (the engine's {@code records}
 * and {@code count} of the feature), never a filter over rows held here. Columns are named by their
 * {@code field}.
 *
 * @param <T> a row as the page shows it
 */
final class LazyRecords<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /**
   * Where a table's rows come from.
   *
   * @param <T> a row as the page shows it
   */
  interface Source<T> {
    List<T> page(RecordsQuery query);

    long count(RecordsQuery query);
  }

  private final transient Source<T> source;
  private final transient Function<T, String> key;

  LazyRecords(Source<T> source, Function<T, String> key) {
    this.source = source;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, source.count(query(0, 1, Map.of(), filterBy)));
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return source.page(query(first, pageSize, sortBy, filterBy));
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  /** The table's state as a records query; the table's own order unless a column is sorted. */
  static RecordsQuery query(
      int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    String sort = null;
    boolean ascending = false;
    for (SortMeta meta : sortBy.values()) {
      if (meta.getOrder() != SortOrder.UNSORTED) {
        sort = meta.getField();
        ascending = meta.getOrder() == SortOrder.ASCENDING;
        break;
      }
    }
    Map<String, String> filters = new HashMap<>();
    for (FilterMeta meta : filterBy.values()) {
      Object value = meta.getFilterValue();
      if (meta.getField() != null && value != null) {
        filters.put(meta.getField(), value.toString());
      }
    }
    return new RecordsQuery(
        Math.max(0, first),
        Math.max(1, Math.min(size, RecordsQuery.MAX_SIZE)),
        sort,
        ascending,
        filters);
  }
}
