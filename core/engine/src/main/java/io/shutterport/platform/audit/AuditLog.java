package io.shutterport.platform.audit;

import io.shutterport.platform.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The tenant's audit log. An entry is written in the caller's transaction, so an action and its
 * entry stand or fall together: nothing is done without being logged.
 */
@ApplicationScoped
public class AuditLog {
  @Inject Db db;

  /** Logs an action in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String actorId, String action, String target, String detail) {
    db.insert(new AuditEntry(actorId, action, target, detail == null ? "" : detail));
  }

  /** The newest entries first. */
  @Transactional
  public List<AuditView> recent(int limit) {
    return db.em()
        .createQuery("SELECT a FROM AuditEntry a ORDER BY a.createdAt DESC", AuditEntry.class)
        .setMaxResults(Math.max(1, Math.min(limit, 5000)))
        .getResultStream()
        .map(AuditEntry::view)
        .toList();
  }

  private static final java.util.Map<String, String> COLUMNS =
      java.util.Map.of("at", "a.createdAt", "action", "a.action", "target", "a.target");

  /** One page of the audit log, filtered by action, target and detail (the records' table). */
  @Transactional
  public List<AuditView> records(io.shutterport.platform.persistence.RecordsQuery query) {
    return filtered(query.checked()).page(db.em(), AuditEntry.class, query).stream()
        .map(AuditEntry::view)
        .toList();
  }

  /** How many entries {@link #records}' filters keep. */
  @Transactional
  public long count(io.shutterport.platform.persistence.RecordsQuery query) {
    return filtered(query.checked()).count(db.em());
  }

  private static io.shutterport.platform.persistence.Records filtered(
      io.shutterport.platform.persistence.RecordsQuery query) {
    return io.shutterport.platform.persistence.Records.of("AuditEntry", "a", COLUMNS, "a.createdAt")
        .containing("a.action", query.filter("action"))
        .containing("a.target", query.filter("target"))
        .containing("a.detail", query.filter("detail"));
  }
}
