package io.shutterport.web.admin;

import io.shutterport.booking.BookingRules;
import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.catalog.CatalogService;
import io.shutterport.catalog.ProfileView;
import io.shutterport.console.PluginSettings;
import io.shutterport.identity.AccountView;
import io.shutterport.messaging.FlaggedConversation;
import io.shutterport.messaging.MessageView;
import io.shutterport.messaging.MessagingService;
import io.shutterport.payment.LedgerLine;
import io.shutterport.payment.PaymentService;
import io.shutterport.payment.PaymentView;
import io.shutterport.platform.audit.AuditLog;
import io.shutterport.platform.audit.AuditView;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.plugin.PluginHost;
import io.shutterport.platform.plugin.PluginView;
import io.shutterport.platform.util.Csv;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** What a tenant's operators do. */
@Path("operator")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("OPERATOR")
public class OperatorResource {
  @Inject PaymentService payments;
  @Inject BookingService bookings;
  @Inject PluginHost pluginHost;
  @Inject CatalogService catalog;
  @Inject CurrentUser currentUser;
  @Inject MessagingService messaging;
  @Inject AuditLog audit;
  @Inject io.shutterport.identity.IdentityService identity;
  @Inject PluginSettings pluginSettings;
  @Inject PayoutReport report;
  @Inject io.shutterport.web.platform.Localizer localizer;
  @Inject Dashboard dashboard;

  /** The dashboard's figures for the last twelve weeks. */
  @GET
  @Path("dashboard")
  public Dashboard.Figures dashboard() {
    return dashboard.figures();
  }

  /**
   * What the operator saw.
   *
   * @param note e.g. the bank transfer's reference
   */
  public record ConfirmBody(String note) {}

  @GET
  @Path("payments")
  public List<PaymentView> awaiting() {
    return payments.awaitingConfirmation(currentUser.id());
  }

  @POST
  @Path("payments/{id}/confirm")
  public PaymentView confirm(@PathParam("id") String id, ConfirmBody body) {
    return payments.confirmReceived(currentUser.id(), id, body == null ? "" : body.note());
  }

  @GET
  @Path("bookings")
  public List<BookingView> bookings() {
    return bookings.all(currentUser.id());
  }

  /** Bookings a party has opened a dispute on, newest first. */
  @GET
  @Path("disputes")
  public List<BookingView> disputes() {
    return bookings.disputes(currentUser.id());
  }

  /** A disputed booking's whole conversation, as written; each reading is audited. */
  @GET
  @Path("disputes/{id}/messages")
  public List<MessageView> disputeMessages(@PathParam("id") String id) {
    return messaging.forDispute(currentUser.id(), id);
  }

  /** Conversations in which contact details were written, latest first. */
  @GET
  @Path("conversations/flagged")
  public List<FlaggedConversation> flagged() {
    return messaging.flagged(currentUser.id());
  }

  /** The audit log, newest first (the class is for operators only; rows are the tenant's). */
  @GET
  @Path("audit")
  public List<AuditView> audit() {
    return audit.recent(200);
  }

  /** The money a booking moved; it balances. */
  @GET
  @Path("bookings/{id}/ledger")
  public List<LedgerLine> ledger(@PathParam("id") String id) {
    return payments.ledger(currentUser.id(), id);
  }

  /** How bookings move on by themselves and what cancelling costs. */
  @GET
  @Path("rules")
  public BookingRules rules() {
    return bookings.rules(currentUser.id());
  }

  @PUT
  @Path("rules")
  public BookingRules updateRules(BookingRules rules) {
    return bookings.updateRules(currentUser.id(), rules);
  }

  /**
   * A payment provider to switch to.
   *
   * @param pluginId the plugin id, e.g. payment-stripe
   * @param settings its settings by name (secrets are write-only)
   */
  public record PaymentProviderBody(String pluginId, java.util.Map<String, String> settings) {}

  @PUT
  @Path("payment-provider")
  public Response choosePayment(PaymentProviderBody body) {
    pluginSettings.choosePayment(
        currentUser.id(),
        body == null ? null : body.pluginId(),
        body == null ? null : body.settings());
    return Response.noContent().build();
  }

  /**
   * Whether new photographers wait for approval.
   *
   * @param required true to approve each new photographer before they are listed
   */
  public record ApprovalBody(Boolean required) {}

  @PUT
  @Path("photographer-approval")
  public Response requireApproval(ApprovalBody body) {
    catalog.requireApproval(currentUser.id(), body != null && Boolean.TRUE.equals(body.required()));
    return Response.noContent().build();
  }

  /** Photographers waiting for approval. */
  @GET
  @Path("photographers/pending")
  public List<ProfileView> pending() {
    return catalog.pendingPhotographers(currentUser.id());
  }

  @POST
  @Path("photographers/{id}/approve")
  public ProfileView approve(@PathParam("id") String id) {
    return catalog.approve(currentUser.id(), id);
  }

  @GET
  @Path("plugins")
  public List<PluginView> plugins() {
    return pluginHost.plugins();
  }

  /** The marketplace's accounts, newest first, with whether each is suspended. */
  @GET
  @Path("accounts")
  public List<AccountView> accounts() {
    return identity.accounts(currentUser.id());
  }

  /**
   * Suspends an account or lifts the suspension.
   *
   * @param suspended true to suspend
   */
  public record SuspensionBody(Boolean suspended) {}

  @PUT
  @Path("accounts/{id}/suspension")
  public AccountView suspend(@PathParam("id") String id, SuspensionBody body) {
    if (body == null || body.suspended() == null) {
      throw InvalidInputException.of("suspended", "validation.required");
    }
    return identity.suspend(currentUser.id(), id, body.suspended());
  }

  /** Payouts per photographer in a month ({@code YYYY-MM}, default this month). */
  @GET
  @Path("payouts")
  public List<PayoutReport.Row> payouts(@QueryParam("month") String month) {
    return report.rows(month);
  }

  /** The same report as CSV, safe to open in a spreadsheet. */
  @GET
  @Path("payouts.csv")
  @Produces("text/csv")
  public Response payoutsCsv(@QueryParam("month") String month) {
    List<PayoutReport.Row> rows = report.rows(month);
    StringBuilder csv = new StringBuilder("\uFEFF"); // a BOM, so spreadsheets read UTF-8
    csv.append(
        Csv.row(
            List.of("photographer_id", "photographer", "currency", "paid", "held", "bookings")));
    for (PayoutReport.Row r : rows) {
      csv.append(
          Csv.row(
              List.of(
                  r.photographerId(), r.name(), r.currency(), r.paid(), r.held(), r.bookings())));
    }
    return csvResponse(csv, "payouts-" + PayoutReport.month(month) + ".csv");
  }

  /** The marketplace's recent bookings as CSV. */
  @GET
  @Path("bookings.csv")
  @Produces("text/csv")
  public Response bookingsCsv() {
    List<BookingView> all = bookings.all(currentUser.id());
    var names =
        identity.users(
            all.stream()
                .flatMap(b -> java.util.stream.Stream.of(b.customerId(), b.photographerId()))
                .collect(java.util.stream.Collectors.toSet()));
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(
        Csv.row(
            List.of(
                "reference",
                "status",
                "category",
                "starts_at",
                "customer",
                "photographer",
                "price",
                "currency",
                "note")));
    for (BookingView b : all) {
      csv.append(
          Csv.row(
              java.util.Arrays.asList(
                  b.reference(),
                  b.status(),
                  b.categoryId(),
                  b.startsAt(),
                  name(names, b.customerId()),
                  name(names, b.photographerId()),
                  b.price().minorUnits(),
                  b.price().currency(),
                  b.note())));
    }
    return csvResponse(csv, "bookings.csv");
  }

  /** The settings forms of the plugins the marketplace uses; secrets never come back. */
  @GET
  @Path("plugin-settings")
  public List<PluginSettings.Form> pluginSettings() {
    return pluginSettings.forms(currentUser.id(), localizer.language());
  }

  @PUT
  @Path("plugin-settings/{id}")
  public PluginSettings.Form savePluginSettings(
      @PathParam("id") String pluginId, java.util.Map<String, String> values) {
    return pluginSettings.save(currentUser.id(), pluginId, values, localizer.language());
  }

  private static String name(
      java.util.Map<String, io.shutterport.identity.UserView> names, String id) {
    var user = names.get(id);
    return user == null ? "" : user.displayName();
  }

  private static Response csvResponse(StringBuilder csv, String fileName) {
    return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
