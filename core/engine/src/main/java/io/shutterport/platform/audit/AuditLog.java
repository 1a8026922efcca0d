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
}
