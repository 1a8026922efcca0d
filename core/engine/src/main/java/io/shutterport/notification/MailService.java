package io.shutterport.notification;

import io.shutterport.notification.domain.OutboxMail;
import io.shutterport.platform.jobs.JobQueue;
import io.shutterport.platform.persistence.Db;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders mails from localised templates into the outbox: a text part, and an HTML part in the
 * marketplace's theme ({@link MailBranding}).
 */
@ApplicationScoped
public class MailService {
  static final String JOB = "mail.send";

  @Inject Db db;
  @Inject JobQueue jobs;
  @Inject TenantContext tenant;
  @Inject TenantService tenants;
  @Inject MailBranding branding;

  /** Queues a mail; it is sent after the caller's transaction commits, by any node. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void send(Mail mail) {
    ResourceBundle bundle = bundle(Locale.forLanguageTag(mail.locale()));
    MailBrand brand = branding.current();
    String site = brand.name();
    String subject =
        "[" + site + "] " + fill(bundle.getString(mail.template() + ".subject"), mail.params());
    String body =
        fill(bundle.getString(mail.template() + ".body"), mail.params()) + "\n\n-- \n" + site;
    OutboxMail row =
        new OutboxMail(mail.to(), subject, body, MailHtml.render(brand, subject, body));
    db.insert(row);
    jobs.enqueue(JOB, row.id());
  }

  /** The newest mails of this tenant (developer outbox page, embedded profile only). */
  @Transactional
  public List<OutboxView> recent(int limit) {
    return db.em()
        .createQuery("SELECT m FROM OutboxMail m ORDER BY m.createdAt DESC", OutboxMail.class)
        .setMaxResults(limit)
        .getResultStream()
        .map(OutboxMail::view)
        .toList();
  }

  /**
   * A template's subject line without the site's name, e.g. for the notification centre: the same
   * words the mail has.
   */
  public String line(String template, Locale locale, Map<String, String> params) {
    return fill(bundle(locale).getString(template + ".subject"), params);
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("io.shutterport.notification.mails", locale);
  }

  private static String fill(String template, Map<String, String> params) {
    String text = template;
    for (var entry : params.entrySet()) {
      text = text.replace("${" + entry.getKey() + "}", entry.getValue());
    }
    return text;
  }
}
