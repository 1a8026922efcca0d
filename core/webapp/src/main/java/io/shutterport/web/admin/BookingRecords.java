package io.shutterport.web.admin;

import io.shutterport.booking.BookingQuery;
import io.shutterport.platform.persistence.RecordsQuery;

/**
 * The bookings table's query in the booking feature's terms: columns reference, status, customer,
 * photographer, when, price; names are found among the accounts first ({@link
 * io.shutterport.booking.BookingService#records}).
 */
final class BookingRecords {
  private BookingRecords() {}

  static BookingQuery query(RecordsQuery query) {
    BookingQuery.Sort sort = column(query.sort());
    return new BookingQuery(
        query.first(),
        query.size(),
        sort == null ? BookingQuery.Sort.CREATED : sort,
        sort != null && query.ascending(),
        query.filter("reference"),
        query.filter("status"),
        query.filter("customer"),
        query.filter("photographer"));
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
}
