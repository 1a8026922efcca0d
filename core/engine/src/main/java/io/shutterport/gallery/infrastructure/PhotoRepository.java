package io.shutterport.gallery.infrastructure;

import io.shutterport.gallery.domain.Photo;
import io.shutterport.platform.persistence.Db;
import io.shutterport.platform.persistence.ReadSql;
import io.shutterport.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Photos of the current tenant. */
@ApplicationScoped
public class PhotoRepository {
  @Inject Db db;
  @Inject ReadSql reads;
  @Inject TenantContext tenant;

  public Optional<Photo> byId(String id) {
    return Optional.ofNullable(db.em().find(Photo.class, id));
  }

  /**
   * Deletes a photo's row; false when it was already gone (another request removed it first: the
   * row's lock makes the second wait and then find nothing).
   */
  public boolean delete(Photo photo) {
    int deleted =
        db.em()
            .createQuery("DELETE FROM Photo p WHERE p.id = :id")
            .setParameter("id", photo.id())
            .executeUpdate();
    db.em().detach(photo);
    return deleted == 1;
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

  /**
   * The id of each owner's first photo, in one plain SQL read: search loads the covers of sixty
   * candidates with every pool, and building entities would cost more than the query.
   */
  public Map<String, String> firstIds(Photo.Owner owner, Collection<String> ownerIds) {
    if (ownerIds.isEmpty()) {
      return Map.of();
    }
    List<Object> parameters = new ArrayList<>();
    parameters.add(tenant.require());
    parameters.add(owner.name());
    parameters.addAll(ReadSql.padded(ownerIds));
    Map<String, String> ids = new HashMap<>();
    for (String[] row :
        reads.listMayLag(
            "SELECT owner_id, id FROM photo WHERE tenant_id = ? AND owner_kind = ? AND owner_id IN ("
                + ReadSql.placeholders(ownerIds.size())
                + ") AND position = 1",
            parameters,
            r -> new String[] {r.text(1), r.text(2)})) {
      ids.putIfAbsent(row[0], row[1]);
    }
    return ids;
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
