package io.shutterport.web.admin;

import io.shutterport.booking.BookingQuery;
import io.shutterport.booking.BookingService;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The operator's bookings table over the marketplace's whole history: each page, its order and its
 * filters are one query in the database ({@link BookingService#records}), not a filter over rows
 * held in memory. Columns are named by their {@code field}: reference, status, customer,
 * photographer, when, price.
 */
final class BookingRecords extends LazyDataModel<RecordsPage.BookingLine> {
  private static final long serialVersionUID = 1L;

  private final transient BookingService bookings;
  private final String operatorId;
  private final transient Function<
          List<io.shutterport.booking.BookingView>, List<RecordsPage.BookingLine>>
      lines;

  BookingRecords(
      BookingService bookings,
      String operatorId,
      Function<List<io.shutterport.booking.BookingView>, List<RecordsPage.BookingLine>> lines) {
    this.bookings = bookings;
    this.operatorId = operatorId;
    this.lines = lines;
  }

  /** PrimeFaces asks for the count, then for the page: one query each. */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int)
        Math.min(
            Integer.MAX_VALUE, bookings.countRecords(operatorId, query(0, 1, Map.of(), filterBy)));
  }

  @Override
  public List<RecordsPage.BookingLine> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return lines.apply(bookings.records(operatorId, query(first, pageSize, sortBy, filterBy)));
  }

  @Override
  public String getRowKey(RecordsPage.BookingLine line) {
    return line.id();
  }

  /** The table's state as the engine's query; newest first unless a column says otherwise. */
  static BookingQuery query(
      int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    BookingQuery.Sort sort = BookingQuery.Sort.CREATED;
    boolean ascending = false;
    for (SortMeta meta : sortBy.values()) {
      BookingQuery.Sort column = column(meta.getField());
      if (column != null && meta.getOrder() != SortOrder.UNSORTED) {
        sort = column;
        ascending = meta.getOrder() == SortOrder.ASCENDING;
        break;
      }
    }
    return new BookingQuery(
        Math.max(0, first),
        Math.max(1, Math.min(size, BookingQuery.MAX_SIZE)),
        sort,
        ascending,
        filter(filterBy, "reference"),
        filter(filterBy, "status"),
        filter(filterBy, "customer"),
        filter(filterBy, "photographer"));
  }

  private static BookingQuery.Sort column(String field) {
    return switch (field == null ? "" : field) {
      case "reference" -> BookingQuery.Sort.REFERENCE;
      case "status" -> BookingQuery.Sort.STATUS;
      case "when" -> BookingQuery.Sort.STARTS_AT;
      case "price" -> BookingQuery.Sort.PRICE;
      default -> null;
    };
  }

  private static String filter(Map<String, FilterMeta> filterBy, String field) {
    for (FilterMeta meta : filterBy.values()) {
      Object value = field.equals(meta.getField()) ? meta.getFilterValue() : null;
      String text = value == null ? "" : value.toString().strip();
      if (!text.isEmpty()) {
        return text;
      }
    }
    return null;
  }
}
