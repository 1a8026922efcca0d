package io.shutterport.web.admin;

import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.identity.IdentityService;
import io.shutterport.payment.PaymentRecord;
import io.shutterport.payment.PaymentService;
import io.shutterport.platform.audit.AuditLog;
import io.shutterport.platform.audit.AuditView;
import io.shutterport.web.booking.BookingRow;
import io.shutterport.web.booking.BookingsPage;
import io.shutterport.web.platform.Localizer;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.platform.Ui;
import io.shutterport.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operator's records: bookings, accounts, payments, payouts and the audit log as PrimeFaces
 * data tables (sorting, filtering, paging, CSV of what is filtered). The bookings table pages
 * through the whole history in the database; the others hold the latest {@value #ROWS} records, and
 * the CSV APIs ({@code /api/v1/operator/bookings.csv}, payouts) hold all. Rows carry their labels
 * already localised, so a filter matches what the operator reads.
 */
@Named("recordsPage")
@RequestScoped
public class RecordsPage {
  static final int ROWS = 2000;

  @Inject BookingService bookings;
  @Inject IdentityService identity;
  @Inject PaymentService payments;
  @Inject AuditLog audit;
  @Inject PayoutReport payoutReport;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;
  @Inject Localizer localizer;
  @Inject Ui ui;

  private String month = java.time.YearMonth.now().toString();
  private BookingRecords bookingRecords;
  private List<PaymentLine> paymentLines;
  private List<AccountLine> accountLines;
  private List<PayoutReport.Row> payoutRows;
  private List<AuditLine> auditLines;

  /**
   * A booking's row.
   *
   * @param id the booking
   * @param reference its reference
   * @param status its state's name
   * @param statusLabel the state as the operator reads it
   * @param customer the customer's public name
   * @param photographer the photographer's public name
   * @param startsAt when the shoot starts
   * @param when the same, formatted
   * @param priceMinor the price in minor units (for sorting)
   * @param price the price, formatted
   */
  public record BookingLine(
      String id,
      String reference,
      String status,
      String statusLabel,
      String customer,
      String photographer,
      Instant startsAt,
      String when,
      long priceMinor,
      String price) {}

  /**
   * An account's row.
   *
   * @param id the user
   * @param name their public name
   * @param email their address
   * @param role their role's label
   * @param state active or suspended, as the operator reads it
   */
  public record AccountLine(String id, String name, String email, String role, String state) {}

  /**
   * A payment's row.
   *
   * @param id the payment
   * @param bookingId the booking
   * @param reference the booking's reference, when among the listed bookings
   * @param kind the booking's price or a tip, as the operator reads it
   * @param provider the payment plugin
   * @param status the provider status name
   * @param statusLabel the status as the operator reads it
   * @param amountMinor what the provider takes plus credit, in minor units
   * @param amount the same, formatted
   * @param createdAt when it started
   * @param created the same, formatted
   */
  public record PaymentLine(
      String id,
      String bookingId,
      String reference,
      String kind,
      String provider,
      String status,
      String statusLabel,
      long amountMinor,
      String amount,
      Instant createdAt,
      String created) {}

  /**
   * An audit entry's row.
   *
   * @param at when
   * @param time the same, formatted
   * @param action what was done
   * @param target to what
   * @param detail the entry's text
   */
  public record AuditLine(Instant at, String time, String action, String target, String detail) {}

  /** The bookings table: pages, order and filters run in the database over the whole history. */
  public BookingRecords getBookings() {
    if (bookingRecords == null) {
      bookingRecords =
          new BookingRecords(
              bookings,
              currentUser.id(),
              list -> BookingsPage.withNames(identity, list).stream().map(this::line).toList());
    }
    return bookingRecords;
  }

  private BookingLine line(BookingRow row) {
    BookingView b = row.booking();
    return new BookingLine(
        b.id(),
        b.reference(),
        b.status(),
        localizer.message("status." + b.status()),
        row.customerName(),
        row.photographerName(),
        b.startsAt(),
        ui.dateTime(b.startsAt()),
        b.price().minorUnits(),
        ui.money(b.price()));
  }

  /** Tables read their value several times a request: each list is read once. */
  public List<AccountLine> getAccounts() {
    if (accountLines == null) {
      accountLines = accounts();
    }
    return accountLines;
  }

  private List<AccountLine> accounts() {
    return identity.accounts(currentUser.id(), ROWS).stream()
        .map(
            a ->
                new AccountLine(
                    a.user().id(),
                    a.user().displayName(),
                    a.user().email(),
                    localizer.message("role." + a.user().role()),
                    localizer.message(a.suspended() ? "records.suspended" : "records.active")))
        .toList();
  }

  public List<PaymentLine> getPayments() {
    if (paymentLines == null) {
      List<PaymentRecord> recent = payments.recent(currentUser.id(), ROWS);
      Map<String, String> references =
          bookings
              .internal(recent.stream().map(PaymentRecord::bookingId).distinct().toList())
              .values()
              .stream()
              .collect(Collectors.toMap(BookingView::id, BookingView::reference));
      Function<PaymentRecord, PaymentLine> line =
          p ->
              new PaymentLine(
                  p.id(),
                  p.bookingId(),
                  references.getOrDefault(p.bookingId(), p.bookingId()),
                  localizer.message(p.tip() ? "records.tip" : "records.price"),
                  p.providerId(),
                  p.status(),
                  localizer.message("payment." + p.status()),
                  p.amount().minorUnits() + p.credit().minorUnits(),
                  ui.money(p.amount().plus(p.credit())),
                  p.createdAt(),
                  ui.dateTime(p.createdAt()));
      paymentLines = recent.stream().map(line).toList();
    }
    return paymentLines;
  }

  /** Payouts per photographer in the chosen month. */
  public List<PayoutReport.Row> getPayouts() {
    if (payoutRows == null) {
      payoutRows = actions.get(() -> payoutReport.rows(month), List.of());
    }
    return payoutRows;
  }

  public List<AuditLine> getAudit() {
    if (auditLines == null) {
      identity.requireRole(currentUser.id(), io.shutterport.identity.Role.OPERATOR);
      auditLines = audit.recent(ROWS).stream().map(this::line).toList();
    }
    return auditLines;
  }

  private AuditLine line(AuditView e) {
    return new AuditLine(e.at(), ui.dateTime(e.at()), e.action(), e.target(), e.detail());
  }

  /** Every state a booking can be in, for the status filter ("all" first). */
  public List<jakarta.faces.model.SelectItem> getStatusOptions() {
    List<jakarta.faces.model.SelectItem> options = new java.util.ArrayList<>();
    options.add(new jakarta.faces.model.SelectItem("", localizer.message("records.all")));
    for (String status : io.shutterport.booking.BookingQuery.STATES) {
      options.add(
          new jakarta.faces.model.SelectItem(status, localizer.message("status." + status)));
    }
    return options;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }
}
