package io.shutterport.web.platform;

import io.shutterport.platform.error.ShutterportException;
import io.shutterport.platform.persistence.Conflicts;
import io.shutterport.spi.PluginException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one Faces handler for broken rules: runs a page action and turns a {@link
 * ShutterportException} into localised messages, each field's beside its input (component id {@code
 * form:<field>}).
 */
@RequestScoped
public class PageActions {
  @Inject Localizer localizer;

  /** Runs the action; on a broken rule shows the messages and returns null (stay on page). */
  public String run(Supplier<String> action) {
    return run(action, null);
  }

  /**
   * Runs the action as {@link #run(Supplier)}, placing each field's message beside the input that
   * {@code inputs} names for it by client id (e.g. {@code form:days:2:start1} for a row of a
   * repeated list, {@code dispute:reason} for a form other than {@code form}); null puts it above
   * the page.
   */
  public String run(Supplier<String> action, Function<String, String> inputs) {
    try {
      return action.get();
    } catch (ShutterportException e) {
      show(e, inputs);
      return null;
    } catch (PluginException e) {
      error(null, localizer.message("error.pluginUnavailable"));
      return null;
    } catch (RuntimeException e) {
      if (!Conflicts.is(e)) {
        throw e;
      }
      error(null, localizer.message("error.conflict"));
      return null;
    }
  }

  /** A value for the page; on a broken rule shows the messages and gives {@code fallback}. */
  public <T> T get(Supplier<T> read, T fallback) {
    try {
      return read.get();
    } catch (ShutterportException e) {
      show(e);
      return fallback;
    }
  }

  public void show(ShutterportException e) {
    show(e, null);
  }

  private void show(ShutterportException e, Function<String, String> inputs) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (e.fieldErrors().isEmpty()) {
      error(null, localizer.message(e.messageKey(), e.args()));
      return;
    }
    for (var field : e.fieldErrors()) {
      String input = inputs == null ? null : inputs.apply(field.field());
      String clientId;
      if (input != null) {
        clientId = input; // a row of a repeated list cannot be looked up: trusted
      } else {
        clientId = "form:" + field.field();
        clientId = faces.getViewRoot().findComponent(clientId) != null ? clientId : null;
      }
      error(clientId, localizer.message(field));
    }
  }

  public void info(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_INFO, localizer.message(key), null));
  }

  public void error(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** Keeps messages across a redirect. */
  public void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }
}
