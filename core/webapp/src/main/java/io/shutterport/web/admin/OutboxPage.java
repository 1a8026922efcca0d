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

  @Inject jakarta.servlet.http.HttpServletRequest request;

  /**
   * 404 in production, and on any address but loopback: the outbox holds every account's links, so
   * an embedded server someone made reachable from a network (SHUTTERPORT_HTTP_HOST) never shows it
   * there. The address the connection arrived on decides, not what a proxy says.
   */
  public void guard() throws IOException {
    if (!open()) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public List<OutboxView> getMails() {
    return open() ? mail.recent(50) : List.of();
  }

  private boolean open() {
    if (settings.production()) {
      return false;
    }
    try {
      return java.net.InetAddress.getByName(request.getLocalAddr()).isLoopbackAddress();
    } catch (java.net.UnknownHostException | RuntimeException e) {
      return false;
    }
  }
}
