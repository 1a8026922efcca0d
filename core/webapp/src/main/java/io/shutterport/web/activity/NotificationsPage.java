package io.shutterport.web.activity;

import io.shutterport.activity.NotificationCentre;
import io.shutterport.activity.NotificationView;
import io.shutterport.activity.Topic;
import io.shutterport.web.platform.Localizer;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The notification centre page, and the unread count the header shows on every page. */
@Named("notificationsPage")
@RequestScoped
public class NotificationsPage {
  @Inject NotificationCentre centre;
  @Inject CurrentUser currentUser;
  @Inject Localizer localizer;
  @Inject PageActions actions;

  private List<NotificationView> entries;
  private Long unread;
  private Map<String, Boolean> email;

  public List<NotificationView> getEntries() {
    if (entries == null) {
      entries = centre.recent(currentUser.id(), Locale.forLanguageTag(localizer.language()), 100);
    }
    return entries;
  }

  @Inject io.shutterport.platform.tenancy.TenantContext tenant;

  public long getUnread() {
    if (unread == null) {
      // An error page (e.g. the container's 403) renders outside any marketplace: no count there.
      unread =
          currentUser.isLoggedIn() && tenant.current().isPresent()
              ? centre.unread(currentUser.id())
              : 0L;
    }
    return unread;
  }

  /** Per topic name, whether it arrives by e-mail; bound to the preference checkboxes. */
  public Map<String, Boolean> getEmail() {
    if (email == null) {
      email = new HashMap<>();
      centre.preferences(currentUser.id()).forEach((t, on) -> email.put(t.name(), on));
    }
    return email;
  }

  public List<String> getTopics() {
    return java.util.Arrays.stream(Topic.values()).map(Topic::name).toList();
  }

  public String markAllRead() {
    return actions.run(
        () -> {
          centre.markAllRead(currentUser.id());
          return "/notifications?faces-redirect=true";
        });
  }

  public String savePreferences() {
    return actions.run(
        () -> {
          centre.updatePreferences(currentUser.id(), new HashMap<>(email));
          actions.info("notifications.saved");
          actions.keepMessages();
          return "/notifications?faces-redirect=true";
        });
  }
}
