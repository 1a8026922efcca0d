package io.shutterport.catalog.infrastructure;

import io.shutterport.catalog.Availability;
import io.shutterport.catalog.Buffers;
import io.shutterport.catalog.FreeTime;
import io.shutterport.platform.persistence.Db;
import io.shutterport.platform.persistence.ReadSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps {@code search_day} — each photographer's {@link FreeTime} on the dates that differ from
 * their weekly rules — in step with rules, exceptions and holds, inside the transaction that
 * changes them. One read (profile, rules, exceptions and holds together) and two writes per change.
 *
 * <p>Holds belong to bookings; this class reads their table as data ({@code calendar_hold}), since
 * the catalog sits below the booking feature and search's read model lives here.
 */
@ApplicationScoped
public class FreeDays {
  /** Photographers per rebuild batch. */
  public static final int BATCH = 200;

  @Inject Db db;
  @Inject ReadSql reads;
  @Inject CatalogRepository calendars;

  /** One photographer's inputs over a range of dates. */
  private static final class Inputs {
    ZoneId zone = ZoneId.of("Asia/Tokyo");
    String prefecture;
    Buffers buffers = new Buffers(Duration.ZERO, Duration.ZERO);
    boolean found;
    final Map<DayOfWeek, List<Availability.Window>> weekly = new HashMap<>();
    final Map<LocalDate, List<Availability.Window>> exceptions = new HashMap<>();
    final List<Availability.Busy> holds = new ArrayList<>();
    final Set<LocalDate> stored = new HashSet<>();
  }

  /** Recomputes one photographer's rows of these dates (a hold taken or given back). */
  public void refresh(String tenantId, String photographerId, Collection<LocalDate> dates) {
    if (dates.isEmpty()) {
      return;
    }
    calendars.lockCalendar(photographerId); // taken already where a hold was just made
    TreeSet<LocalDate> sorted = new TreeSet<>(dates);
    Map<String, Inputs> inputs =
        read(tenantId, List.of(photographerId), sorted.first(), sorted.last());
    List<Object[]> rows = new ArrayList<>();
    Inputs in = inputs.get(photographerId);
    if (in != null) {
      for (LocalDate date : sorted) {
        row(photographerId, in, date, rows);
      }
    }
    if (in != null && !java.util.Collections.disjoint(in.stored, sorted)) {
      List<Object> parameters = new ArrayList<>();
      parameters.add(tenantId);
      parameters.add(photographerId);
      sorted.forEach(d -> parameters.add(java.sql.Date.valueOf(d)));
      update(
          "DELETE FROM search_day WHERE tenant_id = ? AND photographer_id = ? AND on_date IN ("
              + String.join(", ", java.util.Collections.nCopies(sorted.size(), "?"))
              + ")",
          parameters);
    }
    insert(tenantId, rows, inputs);
  }

  /**
   * Recomputes every row of these photographers from the day before yesterday (UTC) to a year and
   * two days ahead: their rules, exceptions, zone or buffers changed, or their rows are being built
   * for the first time.
   */
  public void rebuild(String tenantId, Collection<String> photographerIds) {
    if (photographerIds.isEmpty()) {
      return;
    }
    new TreeSet<>(photographerIds).forEach(calendars::lockCalendar); // in id order: no deadlock
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate first = today.minusDays(2);
    LocalDate last = today.plusDays(367);
    Map<String, Inputs> inputs = read(tenantId, photographerIds, first, last);
    List<Object[]> rows = new ArrayList<>();
    inputs.forEach(
        (id, in) -> {
          TreeSet<LocalDate> dates = new TreeSet<>(in.exceptions.keySet());
          for (Availability.Busy hold : in.holds) {
            LocalDate from =
                hold.start()
                    .minus(in.buffers.after())
                    .minusSeconds(60)
                    .atZone(in.zone)
                    .toLocalDate();
            LocalDate to =
                hold.end().plus(in.buffers.before()).plusSeconds(60).atZone(in.zone).toLocalDate();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
              dates.add(d);
            }
          }
          for (LocalDate date : dates.subSet(first, true, last, true)) {
            row(id, in, date, rows);
          }
        });
    List<Object> parameters = new ArrayList<>();
    parameters.add(tenantId);
    parameters.addAll(ReadSql.padded(photographerIds));
    update(
        "DELETE FROM search_day WHERE tenant_id = ? AND photographer_id IN ("
            + ReadSql.placeholders(photographerIds.size())
            + ")",
        parameters);
    insert(tenantId, rows, inputs);
  }

  /**
   * Rebuilds the next {@value #BATCH} photographers of a tenant after {@code afterId} (in id order;
   * empty to start).
   *
   * @return the last photographer rebuilt, or null when there were none left
   */
  public String rebuildAfter(String tenantId, String afterId) {
    List<String> ids = photographersAfter(reads, tenantId, afterId, BATCH);
    rebuild(tenantId, ids);
    return ids.isEmpty() ? null : ids.get(ids.size() - 1);
  }

  /** Adds the row of {@code date} when it differs from the weekday's windows whole. */
  private static void row(String photographerId, Inputs in, LocalDate date, List<Object[]> rows) {
    List<Availability.Window> special = in.exceptions.get(date);
    List<Availability.Window> windows =
        special != null ? special : in.weekly.getOrDefault(date.getDayOfWeek(), List.of());
    FreeTime free = FreeTime.on(date, in.zone, windows, in.buffers, in.holds);
    if (special != null || !free.equals(FreeTime.whole(windows))) {
      rows.add(new Object[] {photographerId, java.sql.Date.valueOf(date), free.encode()});
    }
  }

  private Map<String, Inputs> read(
      String tenantId, Collection<String> ids, LocalDate first, LocalDate last) {
    db.em().flush(); // this transaction's holds and rules, before reading them as rows
    String in = "IN (" + ReadSql.placeholders(ids.size()) + ")";
    List<Object> parameters = new ArrayList<>();
    parameters.add(tenantId);
    parameters.addAll(ReadSql.padded(ids));
    parameters.add(tenantId);
    parameters.addAll(ReadSql.padded(ids));
    parameters.add(tenantId);
    parameters.addAll(ReadSql.padded(ids));
    parameters.add(first);
    parameters.add(last);
    parameters.add(tenantId);
    parameters.addAll(ReadSql.padded(ids));
    parameters.add(last.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant());
    parameters.add(first.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    parameters.add(tenantId);
    parameters.addAll(ReadSql.padded(ids));
    parameters.add(first);
    parameters.add(last);
    Map<String, Inputs> inputs = new HashMap<>();
    reads.list(
        "SELECT 'p', id, time_zone, buffer_before_minutes, buffer_after_minutes,"
            + " CAST(NULL AS INTEGER), CAST(NULL AS DATE), CAST(NULL AS TIMESTAMP WITH TIME ZONE),"
            + " CAST(NULL AS TIMESTAMP WITH TIME ZONE), prefecture FROM photographer_profile"
            + " WHERE tenant_id = ? AND id "
            + in
            + " UNION ALL SELECT 'r', photographer_id, NULL, weekday, start_minute, end_minute,"
            + " NULL, NULL, NULL, NULL FROM availability_rule WHERE tenant_id = ? AND photographer_id "
            + in
            + " UNION ALL SELECT 'x', photographer_id, NULL, NULL, start_minute, end_minute,"
            + " on_date, NULL, NULL, NULL FROM availability_exception WHERE tenant_id = ?"
            + " AND photographer_id "
            + in
            + " AND on_date BETWEEN ? AND ?"
            + " UNION ALL SELECT 'h', photographer_id, NULL, NULL, NULL, NULL, NULL, starts_at,"
            + " ends_at, NULL FROM calendar_hold WHERE tenant_id = ? AND photographer_id "
            + in
            + " AND starts_at < ? AND ends_at > ?"
            + " UNION ALL SELECT 'd', photographer_id, NULL, NULL, NULL, NULL, on_date, NULL,"
            + " NULL, NULL FROM search_day WHERE tenant_id = ? AND photographer_id "
            + in
            + " AND on_date BETWEEN ? AND ?",
        parameters,
        r -> {
          Inputs input = inputs.computeIfAbsent(r.text(2), k -> new Inputs());
          switch (r.text(1)) {
            case "p" -> {
              input.found = true;
              input.zone = ZoneId.of(r.text(3));
              input.prefecture = r.text(10);
              input.buffers =
                  new Buffers(Duration.ofMinutes(r.integer(4)), Duration.ofMinutes(r.integer(5)));
            }
            case "r" ->
                input
                    .weekly
                    .computeIfAbsent(DayOfWeek.of(r.integer(4)), d -> new ArrayList<>())
                    .add(new Availability.Window(r.integer(5), r.integer(6)));
            case "x" -> {
              List<Availability.Window> windows =
                  input.exceptions.computeIfAbsent(r.date(7), d -> new ArrayList<>());
              if (r.nullableInteger(5) != null) {
                windows.add(new Availability.Window(r.integer(5), r.integer(6)));
              }
            }
            case "d" -> input.stored.add(r.date(7));
            default -> input.holds.add(new Availability.Busy(r.instant(8), r.instant(9)));
          }
          return null;
        });
    inputs.values().removeIf(i -> !i.found);
    return inputs;
  }

  private void insert(String tenantId, List<Object[]> rows, Map<String, Inputs> inputs) {
    List<Object[]> withTenant = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      String prefecture = inputs.get((String) row[0]).prefecture;
      withTenant.add(new Object[] {row[0], row[1], tenantId, row[2], prefecture});
    }
    db.insertRows(
        "search_day", "(photographer_id, on_date, tenant_id, free, prefecture)", withTenant);
  }

  private void update(String sql, List<Object> parameters) {
    db.execute(sql, parameters);
  }

  /**
   * The next {@code batch} photographers of a tenant after {@code afterId}, in id order: how the
   * rebuild jobs of search's read model walk a marketplace.
   */
  static List<String> photographersAfter(
      ReadSql reads, String tenantId, String afterId, int batch) {
    return reads.list(
        "SELECT id FROM photographer_profile WHERE tenant_id = ? AND id > ? ORDER BY id"
            + " FETCH FIRST "
            + batch
            + " ROWS ONLY",
        List.of(tenantId, afterId),
        r -> r.text(1));
  }
}
