package io.shutterport.matching.infrastructure;

import io.shutterport.matching.domain.Proposal;
import io.shutterport.matching.domain.ShootRequest;
import io.shutterport.platform.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Shoot requests and proposals of the current tenant. */
@ApplicationScoped
public class ShootRequestRepository {
  @Inject Db db;

  public void add(Object row) {
    db.insert(row);
  }

  public Optional<ShootRequest> byId(String id) {
    return Optional.ofNullable(db.em().find(ShootRequest.class, id));
  }

  /** The request, locked until the transaction ends: one proposal is accepted, not two. */
  public Optional<ShootRequest> byIdForUpdate(String id) {
    return Optional.ofNullable(
        db.em().find(ShootRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public List<ShootRequest> ofCustomer(String customerId) {
    return db.em()
        .createQuery(
            "SELECT r FROM ShootRequest r WHERE r.customerId = :c ORDER BY r.createdAt DESC",
            ShootRequest.class)
        .setParameter("c", customerId)
        .setMaxResults(100)
        .getResultList();
  }

  /** Open requests in these categories, for photographers to answer. */
  public List<ShootRequest> open(Collection<String> categories, String prefecture) {
    return db.em()
        .createQuery(
            "SELECT r FROM ShootRequest r WHERE r.status = 'OPEN' AND r.startsAt > :now"
                + " AND r.categoryId IN :c AND r.prefecture = :p ORDER BY r.startsAt",
            ShootRequest.class)
        .setParameter("now", Instant.now())
        .setParameter("c", List.copyOf(categories))
        .setParameter("p", prefecture)
        .setMaxResults(100)
        .getResultList();
  }

  public List<Proposal> proposalsOf(String requestId) {
    return db.em()
        .createQuery(
            "SELECT p FROM Proposal p WHERE p.requestId = :r ORDER BY p.createdAt", Proposal.class)
        .setParameter("r", requestId)
        .getResultList();
  }

  public Optional<Proposal> proposal(String id) {
    return Optional.ofNullable(db.em().find(Proposal.class, id));
  }
}
