package io.shutterport.platform.telemetry;

/**
 * A number a feature reports about itself, such as a queue's length: read every {@link
 * Gauges#EVERY} on a managed thread (it may query the database) and exported as an OpenTelemetry
 * gauge. Implementations are CDI beans; {@link Gauges} finds them all.
 */
public interface Gauge {
  /** The metric's name, e.g. {@code shutterport.mail.outbox.backlog}. */
  String name();

  /** What it counts, for whoever reads the dashboard. */
  String description();

  /** Its unit in UCUM, e.g. {@code {mail}} or {@code s}. */
  String unit();

  /** The current value. */
  long measure();

  /** A gauge of a value read by {@code value}. */
  static Gauge of(
      String name, String description, String unit, java.util.function.LongSupplier value) {
    return new Gauge() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public String unit() {
        return unit;
      }

      @Override
      public long measure() {
        return value.getAsLong();
      }
    };
  }
}
