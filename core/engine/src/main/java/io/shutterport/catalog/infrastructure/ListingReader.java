package io.shutterport.catalog.infrastructure;

import io.shutterport.catalog.Availability;
import io.shutterport.catalog.FreeTime;
import io.shutterport.platform.persistence.ReadSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What search reads of its read model, in plain SQL (entities would cost more to build than the
 * statements cost to run, docs/benchmarks.md): the listings ({@code search_listing} with their
 * photographers and plans), weekly windows and keyword index terms ({@code search_gram}) its
 * in-memory index holds ({@link io.shutterport.catalog.SearchIndex}), and per search the date's
 * stored free time ({@code search_day}).
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

  /** One listing: a plan with its photographer, as search filters and ranks them. */
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
      boolean instantBook) {}

  @Inject ReadSql sql;

  /**
   * Every listing of a tenant from search's read model ({@code search_listing}) with its
   * photographer and plan, or those of some photographers. From the primary: search's index reads
   * them again after a change is committed, and must not read it before a replica has it.
   *
   * @param photographerIds whose listings, or null for all
   */
  public List<Row> listings(String tenantId, Collection<String> photographerIds) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(tenantId);
    String which = whose("c.photographer_id", photographerIds, parameters);
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM search_listing c JOIN photographer_profile pr ON pr.id = c.photographer_id"
            + " JOIN plan pl ON pl.id = c.plan_id WHERE c.tenant_id = ?"
            + which,
        parameters,
        ListingReader::row);
  }

  /**
   * The weekly windows of a tenant's photographers, or of some, per photographer and weekday (1 is
   * Monday): a date without stored free time is its weekday's windows whole.
   *
   * @param photographerIds whose windows, or null for all
   */
  public Map<String, Map<Integer, List<Availability.Window>>> weekly(
      String tenantId, Collection<String> photographerIds) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(tenantId);
    String which = whose("photographer_id", photographerIds, parameters);
    Map<String, Map<Integer, List<Availability.Window>>> weekly = new HashMap<>();
    sql.list(
        "SELECT photographer_id, weekday, start_minute, end_minute FROM availability_rule"
            + " WHERE tenant_id = ?"
            + which,
        parameters,
        r -> {
          window(
              weekly.computeIfAbsent(r.text(1), k -> new HashMap<>()),
              r.integer(2),
              r.integer(3),
              r.integer(4));
          return null;
        });
    return weekly;
  }

  /** The condition on some photographers (none for all), its values added to {@code parameters}. */
  private static String whose(
      String column, Collection<String> photographerIds, List<Object> parameters) {
    if (photographerIds == null) {
      return "";
    }
    parameters.addAll(ReadSql.padded(photographerIds));
    return " AND " + column + " IN (" + ReadSql.placeholders(photographerIds.size()) + ")";
  }

  /** Adds a weekly window once (a rule read twice is one window). */
  private static void window(
      Map<Integer, List<Availability.Window>> byWeekday, int weekday, int start, int end) {
    Availability.Window w = new Availability.Window(start, end);
    List<Availability.Window> windows = byWeekday.computeIfAbsent(weekday, k -> new ArrayList<>());
    if (!windows.contains(w)) {
      windows.add(w);
    }
  }

  /**
   * Who has a keyword index term ({@code search_gram}) in their text, with its weight there.
   *
   * @param holder called with each photographer and weight
   */
  public void holders(
      String tenantId, String term, java.util.function.ObjIntConsumer<String> holder) {
    sql.list(
        "SELECT photographer_id, weight FROM search_gram WHERE tenant_id = ? AND gram = ?",
        List.of(tenantId, term),
        r -> {
          holder.accept(r.text(1), r.integer(2));
          return null;
        });
  }

  /** Some photographers' index terms with their weights, from the primary. */
  public Map<String, Map<String, Integer>> terms(
      String tenantId, Collection<String> photographerIds) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(tenantId);
    parameters.addAll(ReadSql.padded(photographerIds));
    Map<String, Map<String, Integer>> terms = new HashMap<>();
    sql.list(
        "SELECT photographer_id, gram, weight FROM search_gram WHERE tenant_id = ?"
            + " AND photographer_id IN ("
            + ReadSql.placeholders(photographerIds.size())
            + ")",
        parameters,
        r -> {
          terms.computeIfAbsent(r.text(1), k -> new HashMap<>()).put(r.text(2), r.integer(3));
          return null;
        });
    return terms;
  }

  /**
   * One date's stored free time ({@code search_day}, the dates that differ from the weekly rules)
   * of the photographers in some prefectures — rows of the previous release carry none and are read
   * too — or of some photographers. From the primary: it must follow every committed booking. Read
   * through the index by tenant, prefecture and date (V28): one seek per prefecture, where an index
   * led by the date drew the planner into scanning a year of the tenant's rows for the rebuild's
   * range reads.
   *
   * @param prefectures where, or null to read {@code photographerIds}
   * @param photographerIds whose, when {@code prefectures} is null
   */
  public Map<String, FreeTime> freeOnDate(
      String tenantId,
      LocalDate date,
      Collection<String> prefectures,
      Collection<String> photographerIds) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(tenantId);
    parameters.add(date);
    String which;
    if (prefectures != null) {
      which = " AND (prefecture IN (" + ReadSql.placeholders(prefectures.size()) + ")";
      which += " OR prefecture IS NULL)";
      parameters.addAll(ReadSql.padded(prefectures));
    } else {
      which = " AND photographer_id IN (" + ReadSql.placeholders(photographerIds.size()) + ")";
      parameters.addAll(ReadSql.padded(photographerIds));
    }
    Map<String, FreeTime> free = new HashMap<>();
    sql.list(
        "SELECT photographer_id, free FROM search_day WHERE tenant_id = ? AND on_date = ?" + which,
        parameters,
        r -> {
          free.put(r.text(1), FreeTime.decode(r.text(2)));
          return null;
        });
    return free;
  }

  /**
   * One photographer's free time on each of {@code dates}: the date's stored free time, or its
   * weekday's windows whole. From the primary: it follows a change just committed.
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
            window(weekly, weekday, r.integer(4), r.integer(5));
          }
          return null;
        });
    for (LocalDate date : dates) {
      free.computeIfAbsent(
          date, d -> FreeTime.whole(weekly.getOrDefault(d.getDayOfWeek().getValue(), List.of())));
    }
    return free;
  }

  private static Row row(ReadSql.Row r) throws SQLException {
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
        r.flag(31));
  }
}
