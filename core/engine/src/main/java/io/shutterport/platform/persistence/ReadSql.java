package io.shutterport.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain SQL for the few hot read paths where building entities costs more than the query (search
 * and what it needs of availability). It reads through the same data source, so inside a
 * transaction it shares EclipseLink's connection; statements are counted like EclipseLink's.
 *
 * <p>Tenant scoping is not automatic here: every table a statement reads must be filtered by {@code
 * tenant_id = ?} (or reached through the primary key of a row that was), and callers bind the
 * current tenant themselves. Writes never go through this class.
 *
 * <p>Reads that may lag the primary by a moment ({@link #listMayLag}: search listings, covers) go
 * to the read replica named {@code jdbc/shutterport-read} where the profile defines one
 * (production: {@code SHUTTERPORT_DB_READ_HOST}); availability — holds of committed bookings —
 * always reads the primary, so a booked slot is never shown free.
 */
@ApplicationScoped
public class ReadSql {
  /** Reads one row of a result. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(Row row) throws SQLException;
  }

  @Resource(lookup = "jdbc/shutterport")
  DataSource dataSource;

  /** The replica's data source, or the primary's where none is defined; looked up once. */
  private volatile DataSource replica;

  /** Runs a query; parameters are bound in order ({@link Instant}s as timestamps with zone). */
  public <T> List<T> list(String sql, List<?> parameters, RowReader<T> reader) {
    return traced(dataSource, false, sql, parameters, reader);
  }

  /**
   * The same on the read replica, for reads that may be a moment behind the last commit (a
   * replica's delay): never for what decides whether a slot is free.
   */
  public <T> List<T> listMayLag(String sql, List<?> parameters, RowReader<T> reader) {
    return traced(replica(), true, sql, parameters, reader);
  }

  @jakarta.inject.Inject io.shutterport.platform.telemetry.Telemetry telemetry;

  /** A client span per statement: its text (parameters are bound, never in it) and its pool. */
  private <T> List<T> traced(
      DataSource source, boolean replica, String sql, List<?> parameters, RowReader<T> reader) {
    io.opentelemetry.api.trace.Span span =
        (telemetry == null ? io.shutterport.platform.telemetry.Telemetry.none() : telemetry)
            .tracer()
            .spanBuilder("sql read")
            .setSpanKind(io.opentelemetry.api.trace.SpanKind.CLIENT)
            .setAttribute("db.query.text", sql.length() > 2000 ? sql.substring(0, 2000) : sql)
            .setAttribute("shutterport.db.replica", replica)
            .startSpan();
    try {
      return list(source, sql, parameters, reader);
    } catch (RuntimeException e) {
      span.setStatus(io.opentelemetry.api.trace.StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }

  private DataSource replica() {
    DataSource chosen = replica;
    if (chosen == null) {
      try {
        chosen = (DataSource) new javax.naming.InitialContext().lookup("jdbc/shutterport-read");
      } catch (javax.naming.NamingException none) {
        chosen = dataSource; // the embedded profile defines no replica
      }
      replica = chosen;
    }
    return chosen;
  }

  private static <T> List<T> list(
      DataSource source, String sql, List<?> parameters, RowReader<T> reader) {
    SqlCounter.increment();
    try (Connection connection = source.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      int i = 1;
      for (Object parameter : parameters) {
        statement.setObject(
            i++,
            parameter instanceof Instant instant
                ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                : parameter);
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        Row row = new Row(result);
        while (result.next()) {
          rows.add(reader.read(row));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("read failed: " + e.getSQLState(), e);
    }
  }

  /**
   * {@code n} placeholders for an IN list, rounded up to a multiple of 20 so that the statement's
   * text, and with it the database's prepared plan, is reused across calls; see {@link #padded}.
   */
  public static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(paddedSize(n), "?"));
  }

  /** The values for {@link #placeholders}, the last one repeated to fill the padding. */
  public static List<Object> padded(Collection<?> values) {
    List<Object> list = new ArrayList<>(values);
    Object last = list.isEmpty() ? "" : list.get(list.size() - 1);
    while (list.size() < paddedSize(values.size())) {
      list.add(last);
    }
    return list;
  }

  private static int paddedSize(int n) {
    return Math.max(20, (n + 19) / 20 * 20);
  }

  /** Typed access to the current row, by column position. */
  public static final class Row {
    private final ResultSet result;

    Row(ResultSet result) {
      this.result = result;
    }

    public String text(int column) throws SQLException {
      return result.getString(column);
    }

    public long number(int column) throws SQLException {
      return result.getLong(column);
    }

    public int integer(int column) throws SQLException {
      return result.getInt(column);
    }

    public boolean flag(int column) throws SQLException {
      return result.getBoolean(column);
    }

    /** An INTEGER column that may be NULL. */
    public Integer nullableInteger(int column) throws SQLException {
      int value = result.getInt(column);
      return result.wasNull() ? null : value;
    }

    /** A BIGINT column that may be NULL. */
    public Long nullableNumber(int column) throws SQLException {
      long value = result.getLong(column);
      return result.wasNull() ? null : value;
    }

    /** A DOUBLE PRECISION column that may be NULL. */
    public Double nullableDecimal(int column) throws SQLException {
      double value = result.getDouble(column);
      return result.wasNull() ? null : value;
    }

    public java.time.LocalDate date(int column) throws SQLException {
      return result.getObject(column, java.time.LocalDate.class);
    }

    public Instant instant(int column) throws SQLException {
      OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    }
  }
}
