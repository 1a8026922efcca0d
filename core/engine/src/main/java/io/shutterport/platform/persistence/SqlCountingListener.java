package io.shutterport.platform.persistence;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.shutterport.platform.telemetry.Telemetry;
import java.util.Locale;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * EclipseLink tells {@link SqlCounter} about every statement it sends, and each statement is a
 * client span {@code sql <OPERATION>} of the request or job that sent it. Only the operation is
 * recorded, not the text: it is the database's business which rows, and values are not ours to
 * export.
 */
public class SqlCountingListener extends SessionEventAdapter {
  private static final ThreadLocal<Span> CURRENT = new ThreadLocal<>();

  @Override
  public void preExecuteCall(SessionEvent event) {
    SqlCounter.increment();
    end(); // one left open by a statement that failed
    String operation = operation(event.getCall());
    CURRENT.set(
        Telemetry.sharedTracer()
            .spanBuilder("sql " + operation)
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("db.operation.name", operation)
            .startSpan());
  }

  @Override
  public void postExecuteCall(SessionEvent event) {
    end();
  }

  private static void end() {
    Span span = CURRENT.get();
    if (span != null) {
      CURRENT.remove();
      span.end();
    }
  }

  /**
   * The statement's first word (SELECT, INSERT…). The SQL string is read reflectively: the call's
   * class is EclipseLink's internal, which an application is not given to compile against.
   */
  private static String operation(Call call) {
    try {
      Object sql = call.getClass().getMethod("getSQLString").invoke(call);
      if (sql instanceof String text && !text.isBlank()) {
        String trimmed = text.stripLeading();
        int space = trimmed.indexOf(' ');
        return (space > 0 ? trimmed.substring(0, space) : trimmed).toUpperCase(Locale.ROOT);
      }
    } catch (ReflectiveOperationException | RuntimeException notADatabaseCall) {
      // a call of another kind: named generically below
    }
    return "CALL";
  }
}
