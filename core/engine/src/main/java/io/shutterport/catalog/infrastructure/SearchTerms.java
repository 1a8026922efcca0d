package io.shutterport.catalog.infrastructure;

import io.shutterport.catalog.Prefecture;
import io.shutterport.catalog.SearchText;
import io.shutterport.platform.persistence.Db;
import io.shutterport.platform.persistence.ReadSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps keyword search's index ({@code search_gram}: each photographer's {@link SearchText} terms
 * with their field weights) in step with names, plan titles, areas and bios, in the transaction
 * that changes them. One read and two writes (a delete, then multi-row inserts) per change.
 */
@ApplicationScoped
public class SearchTerms {
  /** Photographers per rebuild batch. */
  public static final int BATCH = 200;

  @Inject Db db;
  @Inject ReadSql reads;

  /** One photographer's searchable text. */
  private static final class Text {
    String name = "";
    String area = "";
    String bio = "";
    final List<String> titles = new ArrayList<>();
  }

  /** Rewrites these photographers' terms from what the database holds now. */
  public void rebuild(String tenantId, Collection<String> photographerIds) {
    if (photographerIds.isEmpty()) {
      return;
    }
    db.em().flush(); // this transaction's names and plans, before reading them as rows
    String in = "IN (" + ReadSql.placeholders(photographerIds.size()) + ")";
    List<Object> parameters = new ArrayList<>();
    parameters.add(tenantId);
    parameters.addAll(ReadSql.padded(photographerIds));
    parameters.add(tenantId);
    parameters.addAll(ReadSql.padded(photographerIds));
    Map<String, Text> texts = new HashMap<>();
    reads.list(
        "SELECT 'p', id, display_name, city, prefecture, bio FROM photographer_profile"
            + " WHERE tenant_id = ? AND id "
            + in
            + " UNION ALL SELECT 'l', photographer_id, title, NULL, NULL, NULL FROM plan"
            + " WHERE tenant_id = ? AND photographer_id "
            + in
            + " AND retired_at IS NULL",
        parameters,
        r -> {
          Text text = texts.computeIfAbsent(r.text(2), k -> new Text());
          if ("p".equals(r.text(1))) {
            text.name = r.text(3);
            text.area =
                r.text(4)
                    + Prefecture.fromCode(r.text(5))
                        .map(p -> " " + p.label("ja") + " " + p.label("en"))
                        .orElse("");
            text.bio = r.text(6);
          } else {
            text.titles.add(r.text(3));
          }
          return null;
        });
    List<Object[]> rows = new ArrayList<>();
    texts.forEach(
        (id, text) ->
            SearchText.index(text.name, text.titles, text.area, text.bio)
                .forEach((term, weight) -> rows.add(new Object[] {id, term, tenantId, weight})));
    List<Object> ids = new ArrayList<>();
    ids.add(tenantId);
    ids.addAll(ReadSql.padded(photographerIds));
    db.execute("DELETE FROM search_gram WHERE tenant_id = ? AND photographer_id " + in, ids);
    db.insertRows("search_gram", "(photographer_id, gram, tenant_id, weight)", rows);
  }

  /**
   * Rebuilds the next {@value #BATCH} photographers of a tenant after {@code afterId} (in id order;
   * empty to start).
   *
   * @return the last photographer rebuilt, or null when there were none left
   */
  public String rebuildAfter(String tenantId, String afterId) {
    List<String> ids = FreeDays.photographersAfter(reads, tenantId, afterId, BATCH);
    rebuild(tenantId, ids);
    return ids.isEmpty() ? null : ids.get(ids.size() - 1);
  }
}
