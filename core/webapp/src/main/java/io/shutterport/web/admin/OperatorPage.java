package io.shutterport.web.admin;

import io.shutterport.payment.PaymentService;
import io.shutterport.payment.PaymentView;
import io.shutterport.platform.plugin.PluginHost;
import io.shutterport.platform.plugin.PluginView;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The operator's console: payments to confirm and the plugin list. */
@Named("operatorPage")
@RequestScoped
public class OperatorPage {
  @Inject PaymentService payments;
  @Inject PluginHost plugins;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;
  @Inject io.shutterport.messaging.MessagingService messaging;

  private List<io.shutterport.messaging.FlaggedConversation> flagged;

  /** Conversations in which contact details were written, latest first. */
  public List<io.shutterport.messaging.FlaggedConversation> getFlagged() {
    if (flagged == null) {
      flagged = messaging.flagged(currentUser.id());
    }
    return flagged;
  }

  @Inject io.shutterport.booking.BookingService bookings;
  @Inject io.shutterport.identity.IdentityService identity;
  @Inject io.shutterport.catalog.CatalogService catalog;
  @Inject io.shutterport.platform.audit.AuditLog audit;
  @Inject PayoutReport payoutReport;

  private String month = java.time.YearMonth.now().toString();

  /** Bookings a party opened a dispute on. */
  public List<io.shutterport.booking.BookingView> getDisputes() {
    return bookings.disputes(currentUser.id());
  }

  /** The marketplace's accounts, with suspension state. */
  public List<io.shutterport.identity.AccountView> getAccounts() {
    return identity.accounts(currentUser.id());
  }

  public List<io.shutterport.catalog.ProfileView> getPending() {
    return catalog.pendingPhotographers(currentUser.id());
  }

  /** Payouts per photographer in the chosen month. */
  public List<PayoutReport.Row> getPayouts() {
    return actions.get(() -> payoutReport.rows(month), List.of());
  }

  public List<io.shutterport.platform.audit.AuditView> getAudit() {
    return audit.recent(100);
  }

  public String suspend(String userId, boolean suspended) {
    return actions.run(
        () -> {
          identity.suspend(currentUser.id(), userId, suspended);
          actions.info(suspended ? "operator.suspended" : "operator.reinstated");
          actions.keepMessages();
          return "/operator/index?faces-redirect=true";
        });
  }

  public String approve(String photographerId) {
    return actions.run(
        () -> {
          catalog.approve(currentUser.id(), photographerId);
          actions.info("operator.approved");
          actions.keepMessages();
          return "/operator/index?faces-redirect=true";
        });
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public List<PaymentView> getAwaiting() {
    return payments.awaitingConfirmation(currentUser.id());
  }

  public List<PluginView> getPlugins() {
    return plugins.plugins();
  }

  public String confirm(String paymentId) {
    return actions.run(
        () -> {
          payments.confirmReceived(currentUser.id(), paymentId, "confirmed in console");
          actions.info("operator.confirmed");
          return null;
        });
  }
}
