package io.shutterport.catalog.infrastructure;

import io.shutterport.catalog.Availability;
import io.shutterport.catalog.CandidateQuery;
import io.shutterport.catalog.FreeTime;
import io.shutterport.platform.persistence.ReadSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Search's candidates in one SQL statement: every matching plan from the read model ({@code
 * search_listing}), their photographers and plans, with a keyword how much each of its spellings
 * weighs in their text ({@code search_gram}), and — when a date is asked — the date's free time
 * ({@code search_day}) or, where the date is an ordinary one, its weekday's windows. Plain SQL
 * because entities would cost more to build than the query costs to run (docs/benchmarks.md).
 */
@ApplicationScoped
public class ListingReader {
  private static final String COLUMNS =
      "c.photographer_id, c.plan_id, pr.display_name, pr.prefecture, pr.city, pr.latitude,"
          + " pr.longitude, pr.travel_radius_km, pr.languages, pr.rating_count, pr.rating_sum,"
          + " pr.requests_received, pr.requests_answered, pr.time_zone, pr.min_notice_minutes,"
          + " pr.horizon_days, pr.buffer_before_minutes, pr.buffer_after_minutes, pl.category_id,"
          + " pl.title, pl.duration_minutes, pl.price_minor, pl.currency, pl.photo_count,"
          + " pl.cancellation_policy, pl.delivery_days, pl.extra_minutes, pl.extra_price_minor,"
          + " pl.express_days, pl.express_price_minor, pl.instant_book";

  /**
   * One row of the result: a plan with its photographer and — with a date — either the date's free
   * time ({@code search_day}, when the date differs from the weekly rules) or one weekly window of
   * its weekday (a plan comes back once per window).
   */
  public record Row(
      String photographerId,
      String planId,
      String displayName,
      String prefecture,
      String city,
      Double latitude,
      Double longitude,
      int travelRadiusKm,
      String languages,
      int ratingCount,
      int ratingSum,
      int requestsReceived,
      int requestsAnswered,
      String timeZone,
      int minNoticeMinutes,
      int horizonDays,
      int bufferBeforeMinutes,
      int bufferAfterMinutes,
      String categoryId,
      String title,
      int durationMinutes,
      long priceMinor,
      String currency,
      int photoCount,
      String cancellationPolicy,
      int deliveryDays,
      Integer extraMinutes,
      Long extraPriceMinor,
      Integer expressDays,
      Long expressPriceMinor,
      boolean instantBook,
      Integer ruleStart,
      Integer ruleEnd,
      String dayFree,
      int[] keywordWeights) {}

  @Inject ReadSql sql;

  /**
   * Every plan that passes a query's filters, cheapest first — no cut: search ranks them all — and
   * with a date, what each photographer has free on it.
   */
  public List<Row> candidates(String tenantId, CandidateQuery q, LocalDate date) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder inner = new StringBuilder("SELECT l.plan_id, l.photographer_id, l.price_minor");
    // Per spelling of each keyword word, the weight of its terms when the photographer has them
    // all, else 0: primary-key probes per candidate, cheap whatever the index's size.
    List<Set<String>> spellings = q.keyword().spellings();
    for (int k = 0; k < spellings.size(); k++) {
      Set<String> terms = spellings.get(k);
      inner
          .append(", (SELECT CASE WHEN COUNT(*) = ")
          .append(terms.size())
          .append(" THEN SUM(g.weight) ELSE 0 END FROM search_gram g")
          .append(" WHERE g.photographer_id = l.photographer_id AND g.gram IN (")
          .append(String.join(", ", java.util.Collections.nCopies(terms.size(), "?")))
          .append(")) AS k")
          .append(k);
      parameters.addAll(new java.util.TreeSet<>(terms));
    }
    // The profile only when its rating filters: joined always, it cost a scan of every profile.
    inner.append(" FROM search_listing l");
    if (q.minRating() != null) {
      inner.append(" JOIN photographer_profile p ON p.id = l.photographer_id");
    }
    inner.append(" WHERE l.tenant_id = ?");
    parameters.add(tenantId);
    condition(inner, parameters, " AND l.category_id = ?", q.categoryId());
    condition(inner, parameters, " AND l.prefecture = ?", q.prefecture());
    condition(inner, parameters, " AND l.city = ?", q.city());
    if (q.box() != null) {
      inner.append(" AND l.latitude BETWEEN ? AND ? AND l.longitude BETWEEN ? AND ?");
      for (double bound : q.box()) {
        parameters.add(bound);
      }
    }
    condition(inner, parameters, " AND l.price_minor <= ?", q.maxPriceMinor());
    if (q.language() != null) {
      inner.append(" AND (',' || l.languages || ',') LIKE ?");
      parameters.add("%," + q.language() + ",%");
    }
    if (q.minRating() != null) {
      inner.append(" AND p.rating_count > 0 AND p.rating_sum >= ? * p.rating_count");
      parameters.add(q.minRating());
    }

    StringBuilder outer = new StringBuilder("SELECT ").append(COLUMNS);
    outer.append(date == null ? ", NULL, NULL, NULL" : ", r.start_minute, r.end_minute, d.free");
    for (int k = 0; k < spellings.size(); k++) {
      outer.append(", c.k").append(k);
    }
    outer.append(" FROM (").append(inner).append(") c");
    outer.append(" JOIN photographer_profile pr ON pr.id = c.photographer_id");
    outer.append(" JOIN plan pl ON pl.id = c.plan_id");
    if (date != null) {
      outer.append(" LEFT JOIN search_day d ON d.photographer_id = c.photographer_id");
      outer.append(" AND d.on_date = ?");
      outer.append(" LEFT JOIN availability_rule r ON d.photographer_id IS NULL");
      outer.append(" AND r.photographer_id = c.photographer_id AND r.tenant_id = ?");
      outer.append(" AND r.weekday = ?");
      parameters.add(date);
      parameters.add(tenantId);
      parameters.add(date.getDayOfWeek().getValue());
    }
    // Every word with one spelling held whole (a held term weighs 1 at least).
    String separator = " WHERE ";
    int k = 0;
    for (List<Set<String>> word : q.keyword().words()) {
      List<String> any = new ArrayList<>();
      for (int i = 0; i < word.size(); i++) {
        any.add("c.k" + k++ + " > 0");
      }
      outer.append(separator).append('(').append(String.join(" OR ", any)).append(')');
      separator = " AND ";
    }
    outer.append(" ORDER BY c.price_minor, c.plan_id");
    // With a date the answer says what is free, which must follow every committed booking: the
    // primary. Without one it may lag a moment: the replica (decision 103).
    int weights = spellings.size();
    return date == null
        ? sql.listMayLag(outer.toString(), parameters, r -> row(r, weights))
        : sql.list(outer.toString(), parameters, r -> row(r, weights));
  }

  /**
   * One photographer's free time on each of {@code dates}, as the candidate query reads it: the
   * date's stored free time, or its weekday's windows whole. From the primary: it follows a change
   * just committed.
   */
  public Map<LocalDate, FreeTime> freeOn(
      String tenantId, String photographerId, Set<LocalDate> dates) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(photographerId);
    parameters.add(tenantId);
    parameters.addAll(ReadSql.padded(dates));
    parameters.add(photographerId);
    parameters.add(tenantId);
    Map<LocalDate, FreeTime> free = new HashMap<>();
    Map<Integer, List<Availability.Window>> weekly = new HashMap<>();
    // One statement: the stored dates, then the weekly rules (weekday -1 marks a stored date).
    sql.list(
        "SELECT on_date, free, -1, -1, -1 FROM search_day WHERE photographer_id = ?"
            + " AND tenant_id = ? AND on_date IN ("
            + ReadSql.placeholders(dates.size())
            + ") UNION ALL SELECT CAST(NULL AS DATE), CAST(NULL AS VARCHAR(8000)), weekday,"
            + " start_minute, end_minute FROM availability_rule WHERE photographer_id = ?"
            + " AND tenant_id = ?",
        parameters,
        r -> {
          int weekday = r.integer(3);
          if (weekday < 0) {
            free.put(r.date(1), FreeTime.decode(r.text(2)));
          } else {
            Availability.Window w = new Availability.Window(r.integer(4), r.integer(5));
            List<Availability.Window> windows =
                weekly.computeIfAbsent(weekday, k -> new ArrayList<>());
            if (!windows.contains(w)) {
              windows.add(w);
            }
          }
          return null;
        });
    for (LocalDate date : dates) {
      free.computeIfAbsent(
          date, d -> FreeTime.whole(weekly.getOrDefault(d.getDayOfWeek().getValue(), List.of())));
    }
    return free;
  }

  private static void condition(
      StringBuilder sql, List<Object> parameters, String clause, Object value) {
    if (value != null) {
      sql.append(clause);
      parameters.add(value);
    }
  }

  private static Row row(ReadSql.Row r, int weights) throws SQLException {
    int[] keywordWeights = new int[weights];
    for (int k = 0; k < weights; k++) {
      keywordWeights[k] = r.integer(35 + k);
    }
    return new Row(
        r.text(1),
        r.text(2),
        r.text(3),
        r.text(4),
        r.text(5),
        r.nullableDecimal(6),
        r.nullableDecimal(7),
        r.integer(8),
        r.text(9),
        r.integer(10),
        r.integer(11),
        r.integer(12),
        r.integer(13),
        r.text(14),
        r.integer(15),
        r.integer(16),
        r.integer(17),
        r.integer(18),
        r.text(19),
        r.text(20),
        r.integer(21),
        r.number(22),
        r.text(23),
        r.integer(24),
        r.text(25),
        r.integer(26),
        r.nullableInteger(27),
        r.nullableNumber(28),
        r.nullableInteger(29),
        r.nullableNumber(30),
        r.flag(31),
        r.nullableInteger(32),
        r.nullableInteger(33),
        r.text(34),
        keywordWeights);
  }
}
