package io.shutterport.identity.infrastructure;

import io.shutterport.identity.domain.User;
import io.shutterport.identity.domain.UserToken;
import io.shutterport.platform.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Users and tokens of the current tenant. */
@ApplicationScoped
public class UserRepository {
  @Inject Db db;

  public Optional<User> byId(String id) {
    return Optional.ofNullable(db.em().find(User.class, id));
  }

  public Optional<User> byEmail(String email) {
    return db.em()
        .createNamedQuery("User.findByEmail", User.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  public List<User> byIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return db.em()
        .createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The ids of at most {@code limit} accounts whose public name contains {@code text}. */
  public List<String> idsNamed(String text, int limit) {
    return db.em()
        .createQuery(
            "SELECT u.id FROM User u WHERE UPPER(u.displayName) LIKE :name ESCAPE '\\'",
            String.class)
        .setParameter("name", io.shutterport.platform.persistence.Like.containing(text))
        .setMaxResults(limit)
        .getResultList();
  }

  public void add(User user) {
    db.insert(user);
  }

  public void add(UserToken token) {
    db.insert(token);
  }

  public Optional<UserToken> token(String hash) {
    return Optional.ofNullable(db.em().find(UserToken.class, hash));
  }

  /** The tenant's accounts, newest first. */
  public List<User> recent(int limit) {
    return db.em()
        .createQuery("SELECT u FROM User u ORDER BY u.createdAt DESC", User.class)
        .setMaxResults(limit)
        .getResultList();
  }

  private static final java.util.Map<String, String> COLUMNS =
      java.util.Map.of(
          "name", "u.displayName", "email", "u.email", "role", "u.role", "created", "u.createdAt");

  /**
   * One page of the tenant's accounts as the records' table asks: name and e-mail contain, a role,
   * and active or suspended ({@code suspendedIds}: the tenant's suspended accounts).
   */
  public List<User> records(
      io.shutterport.platform.persistence.RecordsQuery query,
      io.shutterport.identity.Role role,
      Boolean suspended,
      java.util.Collection<String> suspendedIds) {
    return filtered(query, role, suspended, suspendedIds).page(db.em(), User.class, query);
  }

  /** How many accounts {@link #records}' filters keep. */
  public long countRecords(
      io.shutterport.platform.persistence.RecordsQuery query,
      io.shutterport.identity.Role role,
      Boolean suspended,
      java.util.Collection<String> suspendedIds) {
    return filtered(query, role, suspended, suspendedIds).count(db.em());
  }

  private static io.shutterport.platform.persistence.Records filtered(
      io.shutterport.platform.persistence.RecordsQuery query,
      io.shutterport.identity.Role role,
      Boolean suspended,
      java.util.Collection<String> suspendedIds) {
    return io.shutterport.platform.persistence.Records.of("User", "u", COLUMNS, "u.createdAt")
        .containing("u.displayName", query.filter("name"))
        .containing("u.email", query.filter("email"))
        .equal("u.role", role)
        .in("u.id", suspended == null ? null : suspendedIds, Boolean.TRUE.equals(suspended));
  }

  public void suspend(io.shutterport.identity.domain.AccountSuspension suspension) {
    db.platformEm().persist(suspension);
    db.platformEm().flush();
  }

  /** Lifts a suspension; whether there was one. */
  public boolean reinstate(String userId) {
    var row = db.platformEm().find(io.shutterport.identity.domain.AccountSuspension.class, userId);
    if (row == null) {
      return false;
    }
    db.platformEm().remove(row);
    db.platformEm().flush();
    return true;
  }

  public boolean suspended(String userId) {
    return db.platformEm().find(io.shutterport.identity.domain.AccountSuspension.class, userId)
        != null;
  }
}
