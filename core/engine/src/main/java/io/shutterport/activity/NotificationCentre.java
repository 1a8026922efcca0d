package io.shutterport.activity;

import io.shutterport.activity.domain.EmailPreference;
import io.shutterport.activity.domain.Notification;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.UserView;
import io.shutterport.notification.Mail;
import io.shutterport.notification.MailService;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.persistence.Db;
import io.shutterport.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A user's notifications: each one is an entry in the in-app centre and, unless the user turned its
 * topic off, a mail through the outbox — both written in the caller's transaction, so a step that
 * is undone notifies nobody. The centre shows each entry with the same localised line the mail has
 * as its subject.
 */
@ApplicationScoped
public class NotificationCentre {
  @Inject Db db;
  @Inject MailService mail;
  @Inject IdentityService identity;
  @Inject TenantContext tenant;

  /**
   * Notifies a user about a booking.
   *
   * @param kind the template, e.g. {@code booking.ACCEPT}: {@code mail.<kind>.subject/body}
   * @param params the template's values; {@code reference} and {@code link} are added
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void notify(
      String userId,
      Topic topic,
      String kind,
      String bookingId,
      String reference,
      Map<String, String> params) {
    db.insert(new Notification(userId, kind, bookingId, reference, params));
    if (!emailOn(userId, topic)) {
      return;
    }
    UserView user = identity.user(userId);
    Map<String, String> values = new HashMap<>(params);
    values.put("reference", reference);
    values.put("link", tenant.origin() + "/booking?id=" + bookingId);
    mail.send(new Mail(user.email(), user.locale(), "mail." + kind, values));
  }

  /** The newest entries, in the reader's language. */
  @Transactional
  public List<NotificationView> recent(String userId, Locale locale, int limit) {
    return db.em()
        .createQuery(
            "SELECT n FROM Notification n WHERE n.userId = :u ORDER BY n.createdAt DESC",
            Notification.class)
        .setParameter("u", userId)
        .setMaxResults(Math.max(1, Math.min(limit, 200)))
        .getResultStream()
        .map(
            n ->
                new NotificationView(
                    n.id(),
                    n.kind(),
                    mail.line("mail." + n.kind(), locale, n.params()),
                    n.bookingId(),
                    n.createdAt(),
                    n.read()))
        .toList();
  }

  /** How many entries the user has not seen. */
  @Transactional
  public long unread(String userId) {
    return db.em()
        .createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.userId = :u AND n.readAt IS NULL",
            Long.class)
        .setParameter("u", userId)
        .getSingleResult();
  }

  /** The user has seen every entry. */
  @Transactional
  public int markAllRead(String userId) {
    return db.em()
        .createQuery(
            "UPDATE Notification n SET n.readAt = :now WHERE n.userId = :u AND n.readAt IS NULL")
        .setParameter("now", Instant.now())
        .setParameter("u", userId)
        .executeUpdate();
  }

  /** Per topic, whether it arrives by e-mail too. */
  @Transactional
  public Map<Topic, Boolean> preferences(String userId) {
    identity.user(userId);
    Map<Topic, Boolean> email = new EnumMap<>(Topic.class);
    for (Topic topic : Topic.values()) {
      email.put(topic, true);
    }
    db.em()
        .createQuery("SELECT p FROM EmailPreference p WHERE p.userId = :u", EmailPreference.class)
        .setParameter("u", userId)
        .getResultStream()
        .forEach(p -> email.put(Topic.valueOf(p.topic()), p.email()));
    return email;
  }

  /**
   * Changes some topics' e-mail switch; topics not named keep theirs. An unknown topic or a value
   * that is not true or false changes nothing.
   */
  @Transactional
  public Map<Topic, Boolean> updatePreferences(String userId, Map<String, Object> changes) {
    if (changes == null || changes.isEmpty()) {
      throw InvalidInputException.of("email", "validation.preferences");
    }
    Map<Topic, Boolean> parsed = new EnumMap<>(Topic.class);
    for (var change : changes.entrySet()) {
      Topic topic;
      try {
        topic = Topic.valueOf(String.valueOf(change.getKey()).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of("email", "validation.preferences");
      }
      if (!(change.getValue() instanceof Boolean on)) {
        throw InvalidInputException.of("email", "validation.preferences");
      }
      parsed.put(topic, on);
    }
    identity.user(userId);
    for (var entry : parsed.entrySet()) {
      EmailPreference pref =
          db.em()
              .find(EmailPreference.class, new EmailPreference.Key(userId, entry.getKey().name()));
      if (pref == null) {
        db.insert(new EmailPreference(userId, entry.getKey().name(), entry.getValue()));
      } else {
        pref.email(entry.getValue());
      }
    }
    return preferences(userId);
  }

  private boolean emailOn(String userId, Topic topic) {
    EmailPreference pref =
        db.em().find(EmailPreference.class, new EmailPreference.Key(userId, topic.name()));
    return pref == null || pref.email();
  }
}
