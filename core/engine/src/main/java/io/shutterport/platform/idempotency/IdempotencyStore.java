package io.shutterport.platform.idempotency;

import io.shutterport.platform.util.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code idempotent_request} table; every call is its own transaction. Rows are found by the
 * SHA-256 of tenant, caller and key, so one caller's key never meets another's.
 */
@ApplicationScoped
class IdempotencyStore {
  private static final int MAX_BODY = 8000;

  @PersistenceUnit(unitName = "shutterport")
  EntityManagerFactory factory;

  record Row(
      String fingerprint,
      boolean done,
      int status,
      String contentType,
      String body,
      Instant createdAt) {}

  /** Runs on an entity manager of its own, joined to the current (new) transaction. */
  private <T> T withEm(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.joinTransaction();
      T result = work.apply(em);
      em.flush();
      return result;
    } finally {
      em.close();
    }
  }

  static String id(String tenant, String caller, String key) {
    return Sha256.hex(tenant + '\n' + caller + '\n' + key);
  }

  /** Claims the key; throws when it is taken. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void insert(String tenant, String caller, String key, String fingerprint, Instant now) {
    withEm(
        em -> {
          em.persist(
              new IdempotentRequest(
                  id(tenant, caller, key), tenant, caller, key, fingerprint, now));
          return null;
        });
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  Optional<Row> find(String tenant, String caller, String key) {
    return withEm(
        em ->
            Optional.ofNullable(em.find(IdempotentRequest.class, id(tenant, caller, key)))
                .map(IdempotentRequest::row));
  }

  /** Takes over an abandoned claim; false when another request did first. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  boolean takeOver(String tenant, String caller, String key, Instant seen, Instant now) {
    return withEm(
            em ->
                em.createQuery(
                        "UPDATE IdempotentRequest r SET r.createdAt = :now WHERE r.requestId = :id"
                            + " AND r.status = 'RUNNING' AND r.createdAt = :seen")
                    .setParameter("now", now)
                    .setParameter("id", id(tenant, caller, key))
                    .setParameter("seen", seen)
                    .executeUpdate())
        == 1;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void complete(
      String tenant, String caller, String key, int status, String contentType, String body) {
    String kept = body != null && body.length() > MAX_BODY ? null : body;
    withEm(
        em -> {
          IdempotentRequest request = em.find(IdempotentRequest.class, id(tenant, caller, key));
          if (request != null) {
            request.complete(status, contentType, kept);
          }
          return null;
        });
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void delete(String tenant, String caller, String key) {
    withEm(
        em ->
            em.createQuery("DELETE FROM IdempotentRequest r WHERE r.requestId = :id")
                .setParameter("id", id(tenant, caller, key))
                .executeUpdate());
  }

  /** Forgets answers older than {@code before}; returns how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  int purge(Instant before) {
    return withEm(
        em ->
            em.createQuery("DELETE FROM IdempotentRequest r WHERE r.createdAt < :before")
                .setParameter("before", before)
                .executeUpdate());
  }
}
