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
 * data tables (sorting, filtering, paging, CSV of what is filtered). Bookings, accounts, payments
 * and the audit log page through the whole history in the database ({@link LazyRecords}); payouts
 * are one month's rows per photographer. State, role, kind and status filters are choices, so the
 * database matches the names the engine stores while the operator reads labels.
 */
@Named("recordsPage")
@RequestScoped
public class RecordsPage {
  @Inject BookingService bookings;
  @Inject IdentityService identity;
  @Inject PaymentService payments;
  @Inject AuditLog audit;
  @Inject io.shutterport.console.DeadJobs deadJobs;
  @Inject PayoutReport payoutReport;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;
  @Inject Localizer localizer;
  @Inject Ui ui;

  private String month = java.time.YearMonth.now().toString();
  private LazyRecords<BookingLine> bookingRecords;
  private LazyRecords<PaymentLine> paymentRecords;
  private LazyRecords<AccountLine> accountRecords;
  private List<PayoutReport.Row> payoutRows;
  private LazyRecords<AuditLine> auditRecords;
  private LazyRecords<JobLine> jobRecords;

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
   * @param id the entry
   * @param at when
   * @param time the same, formatted
   * @param action what was done
   * @param target to what
   * @param detail the entry's text
   */
  public record AuditLine(
      String id, Instant at, String time, String action, String target, String detail) {}

  /** The bookings table: pages, order and filters run in the database over the whole history. */
  public LazyRecords<BookingLine> getBookings() {
    if (bookingRecords == null) {
      bookingRecords =
          new LazyRecords<>(
              query ->
                  BookingsPage.withNames(identity, bookings.records(currentUser.id(), query))
                      .stream()
                      .map(this::line)
                      .toList(),
              query -> bookings.countRecords(currentUser.id(), query),
              BookingLine::id);
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

  /** The accounts table, paged, ordered and filtered in the database. */
  public LazyRecords<AccountLine> getAccounts() {
    if (accountRecords == null) {
      accountRecords =
          new LazyRecords<>(
              query ->
                  identity.accountRecords(currentUser.id(), query).stream()
                      .map(this::line)
                      .toList(),
              query -> identity.countAccounts(currentUser.id(), query),
              AccountLine::id);
    }
    return accountRecords;
  }

  private AccountLine line(io.shutterport.identity.AccountView a) {
    return new AccountLine(
        a.user().id(),
        a.user().displayName(),
        a.user().email(),
        localizer.message("role." + a.user().role()),
        localizer.message(a.suspended() ? "records.suspended" : "records.active"));
  }

  /** The payments table, paged, ordered and filtered in the database. */
  public LazyRecords<PaymentLine> getPayments() {
    if (paymentRecords == null) {
      paymentRecords =
          new LazyRecords<>(
              query -> paymentLines(payments.records(currentUser.id(), query)),
              query -> payments.countRecords(currentUser.id(), query),
              PaymentLine::id);
    }
    return paymentRecords;
  }

  /** A page of payments with their bookings' references (one read for the page). */
  private List<PaymentLine> paymentLines(List<PaymentRecord> page) {
    Map<String, String> references =
        bookings
            .internal(page.stream().map(PaymentRecord::bookingId).distinct().toList())
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
    return page.stream().map(line).toList();
  }

  /** Payouts per photographer in the chosen month. */
  public List<PayoutReport.Row> getPayouts() {
    if (payoutRows == null) {
      payoutRows = actions.get(() -> payoutReport.rows(month), List.of());
    }
    return payoutRows;
  }

  /** The audit log, paged, ordered and filtered in the database. */
  public LazyRecords<AuditLine> getAudit() {
    if (auditRecords == null) {
      identity.requireRole(currentUser.id(), io.shutterport.identity.Role.OPERATOR);
      auditRecords =
          new LazyRecords<>(
              query -> audit.records(query).stream().map(this::line).toList(),
              query -> audit.count(query),
              AuditLine::id);
    }
    return auditRecords;
  }

  private AuditLine line(AuditView e) {
    return new AuditLine(e.id(), e.at(), ui.dateTime(e.at()), e.action(), e.target(), e.detail());
  }

  /**
   * A dead job's row.
   *
   * @param id the job
   * @param kind what it does
   * @param attempts how many times it ran
   * @param error its last failure
   * @param finished when it was given up on, formatted
   * @param incident the incident it was logged under, or empty
   */
  public record JobLine(
      String id, String kind, int attempts, String error, String finished, String incident) {}

  /** The background jobs given up on after every attempt, newest first. */
  public LazyRecords<JobLine> getDeadJobs() {
    if (jobRecords == null) {
      jobRecords =
          new LazyRecords<>(
              query ->
                  deadJobs.page(currentUser.id(), query).stream()
                      .map(
                          j ->
                              new JobLine(
                                  j.id(),
                                  j.kind(),
                                  j.attempts(),
                                  j.lastError() == null ? "" : j.lastError(),
                                  j.finishedAt() == null ? "" : ui.dateTime(j.finishedAt()),
                                  j.incident() == null ? "" : j.incident()))
                      .toList(),
              query -> deadJobs.count(currentUser.id(), query),
              JobLine::id);
    }
    return jobRecords;
  }

  /** Runs a dead job again; the table then shows it gone. */
  public void retry(String jobId) {
    actions.run(
        () -> {
          deadJobs.retry(currentUser.id(), jobId);
          actions.info("jobs.retried");
          return null;
        });
  }

  /** Every state a booking can be in, for the status filter ("all" first). */
  public List<jakarta.faces.model.SelectItem> getStatusOptions() {
    return options("status.", BookingService.STATES);
  }

  /** The roles, for the accounts' role filter. */
  public List<jakarta.faces.model.SelectItem> getRoleOptions() {
    return options(
        "role.",
        java.util.Arrays.stream(io.shutterport.identity.Role.values()).map(Enum::name).toList());
  }

  /** Active or suspended, for the accounts' state filter. */
  public List<jakarta.faces.model.SelectItem> getStateOptions() {
    return options("records.", List.of("active", "suspended"));
  }

  /** The booking's price or a tip, for the payments' kind filter. */
  public List<jakarta.faces.model.SelectItem> getKindOptions() {
    return options("records.", List.of("price", "tip"));
  }

  /** Every payment status, for the payments' status filter. */
  public List<jakarta.faces.model.SelectItem> getPaymentStatusOptions() {
    return options(
        "payment.",
        java.util.Arrays.stream(io.shutterport.spi.payment.PaymentStatus.values())
            .map(Enum::name)
            .toList());
  }

  /** A filter's choices: "all" first, then each value labelled by its message. */
  private List<jakarta.faces.model.SelectItem> options(String prefix, List<String> values) {
    List<jakarta.faces.model.SelectItem> options = new java.util.ArrayList<>();
    options.add(new jakarta.faces.model.SelectItem("", localizer.message("records.all")));
    for (String value : values) {
      options.add(new jakarta.faces.model.SelectItem(value, localizer.message(prefix + value)));
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
