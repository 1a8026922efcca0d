package io.shutterport.catalog.infrastructure;

import io.shutterport.catalog.domain.AvailabilityException;
import io.shutterport.catalog.domain.AvailabilityRule;
import io.shutterport.catalog.domain.PhotographerProfile;
import io.shutterport.catalog.domain.Plan;
import io.shutterport.platform.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Profiles and plans of the current tenant. */
@ApplicationScoped
public class CatalogRepository {
  @Inject Db db;

  public Optional<PhotographerProfile> profile(String id) {
    return Optional.ofNullable(db.em().find(PhotographerProfile.class, id));
  }

  public void add(PhotographerProfile profile) {
    db.insert(profile);
  }

  public void add(Plan plan) {
    db.insert(plan);
  }

  public List<AvailabilityRule> rulesOf(String photographerId) {
    return db.em()
        .createQuery(
            "SELECT r FROM AvailabilityRule r WHERE r.photographerId = :p"
                + " ORDER BY r.weekday, r.startMinute",
            AvailabilityRule.class)
        .setParameter("p", photographerId)
        .getResultList();
  }

  /** Exceptions of a photographer between two dates, inclusive. */
  public List<AvailabilityException> exceptionsOf(
      String photographerId, LocalDate first, LocalDate last) {
    return db.em()
        .createQuery(
            "SELECT e FROM AvailabilityException e WHERE e.photographerId = :p"
                + " AND e.date BETWEEN :first AND :last ORDER BY e.date, e.startMinute",
            AvailabilityException.class)
        .setParameter("p", photographerId)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList();
  }

  /** Replaces all weekly rules, and the exceptions from {@code from} on. */
  public void replaceAvailability(
      String photographerId,
      List<AvailabilityRule> rules,
      LocalDate from,
      List<AvailabilityException> exceptions) {
    db.em()
        .createQuery("DELETE FROM AvailabilityRule r WHERE r.photographerId = :p")
        .setParameter("p", photographerId)
        .executeUpdate();
    db.em()
        .createQuery(
            "DELETE FROM AvailabilityException e WHERE e.photographerId = :p AND e.date >= :d")
        .setParameter("p", photographerId)
        .setParameter("d", from)
        .executeUpdate();
    rules.forEach(db.em()::persist);
    exceptions.forEach(db.em()::persist);
    db.em().flush();
  }

  public Optional<PhotographerProfile> byCalendarToken(String token) {
    return db.em()
        .createQuery(
            "SELECT p FROM PhotographerProfile p WHERE p.calendarToken = :t",
            PhotographerProfile.class)
        .setParameter("t", token)
        .getResultStream()
        .findFirst();
  }

  public Optional<Plan> plan(String id) {
    return Optional.ofNullable(db.em().find(Plan.class, id));
  }

  public List<Plan> plansOf(String photographerId) {
    return db.em()
        .createQuery(
            "SELECT p FROM Plan p WHERE p.photographerId = :id ORDER BY p.priceMinor", Plan.class)
        .setParameter("id", photographerId)
        .getResultList();
  }

  /** Profiles with their matching plans in one query; null filters match everything. */
  public List<Object[]> search(String categoryId, String prefecture, int limit) {
    StringBuilder jpql =
        new StringBuilder(
            "SELECT pr, pl FROM PhotographerProfile pr, Plan pl WHERE pl.photographerId = pr.id");
    if (categoryId != null) {
      jpql.append(" AND pl.categoryId = :category");
    }
    if (prefecture != null) {
      jpql.append(" AND pr.prefecture = :prefecture");
    }
    jpql.append(" ORDER BY pr.displayName, pl.priceMinor");
    var query = db.em().createQuery(jpql.toString(), Object[].class).setMaxResults(limit);
    if (categoryId != null) {
      query.setParameter("category", categoryId);
    }
    if (prefecture != null) {
      query.setParameter("prefecture", prefecture);
    }
    return query.getResultList();
  }
}
