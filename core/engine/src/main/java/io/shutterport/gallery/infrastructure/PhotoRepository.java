package io.shutterport.gallery.infrastructure;

import io.shutterport.gallery.domain.Photo;
import io.shutterport.platform.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Photos of the current tenant. */
@ApplicationScoped
public class PhotoRepository {
  @Inject Db db;

  public Optional<Photo> byId(String id) {
    return Optional.ofNullable(db.em().find(Photo.class, id));
  }

  public void add(Photo photo) {
    db.insert(photo);
  }

  public List<Photo> of(Photo.Owner owner, String ownerId) {
    return db.em()
        .createQuery(
            "SELECT p FROM Photo p WHERE p.ownerKind = :k AND p.ownerId = :o ORDER BY p.position",
            Photo.class)
        .setParameter("k", owner.name())
        .setParameter("o", ownerId)
        .getResultList();
  }

  /** The photo stored under an object key, if any. */
  public java.util.Optional<Photo> byKey(String key) {
    return db
        .em()
        .createQuery("SELECT p FROM Photo p WHERE p.originalKey = :k", Photo.class)
        .setParameter("k", key)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The first photo of each owner, in one query. */
  public List<Photo> firstOf(Photo.Owner owner, Collection<String> ownerIds) {
    if (ownerIds.isEmpty()) {
      return List.of();
    }
    return db.em()
        .createQuery(
            "SELECT p FROM Photo p WHERE p.ownerKind = :k AND p.ownerId IN :o AND p.position = 1",
            Photo.class)
        .setParameter("k", owner.name())
        .setParameter("o", ownerIds)
        .getResultList();
  }

  public int nextPosition(Photo.Owner owner, String ownerId) {
    Integer max =
        db.em()
            .createQuery(
                "SELECT MAX(p.position) FROM Photo p WHERE p.ownerKind = :k AND p.ownerId = :o",
                Integer.class)
            .setParameter("k", owner.name())
            .setParameter("o", ownerId)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }
}
