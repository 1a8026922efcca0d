package io.shutterport.web.admin;

import io.shutterport.notification.MailService;
import io.shutterport.notification.OutboxView;
import io.shutterport.platform.config.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * The developer outbox: in the embedded profile no mail leaves the machine, so verification and
 * reset links are read here. In production this page does not exist (404).
 */
@Named("outboxPage")
@RequestScoped
public class OutboxPage {
  @Inject MailService mail;
  @Inject Settings settings;

  public void guard() throws IOException {
    if (settings.production()) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public List<OutboxView> getMails() {
    return settings.production() ? List.of() : mail.recent(50);
  }
}
