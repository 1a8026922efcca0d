package io.shutterport.platform.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A records table's page and count as JPQL over one entity: its filters as one WHERE shared by both
 * queries, its order from a whitelist of columns (anything else falls back to the default), the id
 * last so that pages never overlap. Text filters are case-blind "contains" with {@code %} and
 * {@code _} taken literally ({@link Like}).
 */
public final class Records {
  private final String from;
  private final String alias;
  private final Map<String, String> columns;
  private final String defaultOrder;
  private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
  private final Map<String, Object> parameters = new HashMap<>();
  private boolean nothing;

  private Records(String entity, String alias, Map<String, String> columns, String defaultOrder) {
    this.from = " FROM " + entity + " " + alias;
    this.alias = alias;
    this.columns = columns;
    this.defaultOrder = defaultOrder;
  }

  /**
   * Records of an entity.
   *
   * @param entity the entity's name, e.g. {@code AuditEntry}
   * @param alias its alias in the paths, e.g. {@code a}
   * @param columns sortable column → JPQL path
   * @param defaultOrder the path rows are ordered by, newest first, when no column is asked
   */
  public static Records of(
      String entity, String alias, Map<String, String> columns, String defaultOrder) {
    return new Records(entity, alias, columns, defaultOrder);
  }

  /** Only rows whose {@code path} contains {@code text} (any case); null text filters nothing. */
  public Records containing(String path, String text) {
    if (text != null && !text.isBlank()) {
      String name = "p" + parameters.size();
      where.append(" AND UPPER(").append(path).append(") LIKE :").append(name);
      where.append(" ESCAPE '\\'");
      parameters.put(name, Like.containing(text));
    }
    return this;
  }

  /** Only rows whose {@code path} equals {@code value}; null filters nothing. */
  public Records equal(String path, Object value) {
    if (value != null) {
      String name = "p" + parameters.size();
      where.append(" AND ").append(path).append(" = :").append(name);
      parameters.put(name, value);
    }
    return this;
  }

  /**
   * Only rows whose {@code path} is among {@code values} (or, with {@code among} false, is not);
   * null filters nothing, and an empty "among" keeps no row.
   */
  public Records in(String path, Collection<?> values, boolean among) {
    if (values == null) {
      return this;
    }
    if (values.isEmpty()) {
      nothing |= among;
      return this;
    }
    String name = "p" + parameters.size();
    where.append(" AND ").append(path).append(among ? " IN :" : " NOT IN :").append(name);
    parameters.put(name, List.copyOf(values));
    return this;
  }

  /** The page the query asks for. */
  public <T> List<T> page(EntityManager em, Class<T> type, RecordsQuery query) {
    if (nothing) {
      return List.of();
    }
    String column = query.sort() == null ? null : columns.get(query.sort());
    String order =
        column == null ? defaultOrder + " DESC" : column + (query.ascending() ? " ASC" : " DESC");
    var rows =
        em.createQuery(
                "SELECT " + alias + from + where + " ORDER BY " + order + ", " + alias + ".id",
                type)
            .setFirstResult(query.first())
            .setMaxResults(query.size());
    parameters.forEach(rows::setParameter);
    return rows.getResultList();
  }

  /** How many rows the filters keep, whatever the page. */
  public long count(EntityManager em) {
    if (nothing) {
      return 0;
    }
    var count = em.createQuery("SELECT COUNT(" + alias + ")" + from + where, Long.class);
    parameters.forEach(count::setParameter);
    return count.getSingleResult();
  }
}
