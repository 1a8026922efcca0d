package io.shutterport.platform.error;

import java.util.List;

/**
 * A broken business rule. Subclasses are named after the rule; the web layer turns each into a
 * localised {@code application/problem+json} answer or a page message using {@link #messageKey()}.
 */
public abstract class ShutterportException extends RuntimeException {
  private final transient Object[] args;

  protected ShutterportException(String messageKey, Object... args) {
    super(messageKey);
    this.args = args.clone();
  }

  /** What kind of failure this is; decides the HTTP status. */
  public abstract Kind kind();

  /** The key of the localised message in the core message bundle. */
  public String messageKey() {
    return getMessage();
  }

  /** Arguments for the message pattern. */
  public Object[] args() {
    return args.clone();
  }

  /** Field-level problems, for forms; empty when the whole request is at fault. */
  public List<FieldError> fieldErrors() {
    return List.of();
  }

  /** HTTP-shaped kinds of failure. */
  public enum Kind {
    INVALID(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    TOO_LARGE(413),
    UNSUPPORTED_MEDIA(415),
    TOO_MANY(429),
    UNAVAILABLE(503);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /**
   * One invalid field.
   *
   * @param field the field name as the client sent it
   * @param messageKey the localised message key
   * @param texts the message already written per language (from a plugin), which wins over the key;
   *     empty for none
   */
  public record FieldError(String field, String messageKey, java.util.Map<String, String> texts) {
    public FieldError {
      texts = texts == null ? java.util.Map.of() : java.util.Map.copyOf(texts);
    }

    public FieldError(String field, String messageKey) {
      this(field, messageKey, java.util.Map.of());
    }

    /** The message written for this language, or null to localise the key. */
    public String text(String language) {
      return texts.get(language);
    }
  }
}
