package io.shutterport.web.admin;

import io.shutterport.platform.persistence.RecordsQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
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

  private final transient Function<RecordsQuery, List<T>> page;
  private final transient ToLongFunction<RecordsQuery> count;
  private final transient Function<T, String> key;

  /**
   * A table.
   *
   * @param page reads one page of rows
   * @param count counts the rows the filters keep
   * @param key a row's key
   */
  LazyRecords(
      Function<RecordsQuery, List<T>> page,
      ToLongFunction<RecordsQuery> count,
      Function<T, String> key) {
    this.page = page;
    this.count = count;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, count.applyAsLong(query(0, 1, Map.of(), filterBy)));
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return page.apply(query(first, pageSize, sortBy, filterBy));
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
