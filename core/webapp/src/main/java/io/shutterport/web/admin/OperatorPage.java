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
