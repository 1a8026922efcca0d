package io.shutterport.platform.error;

import java.util.List;

/** Input that breaks validation rules; carries the field errors. */
public class InvalidInputException extends ShutterportException {
  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super("error.invalid");
    this.errors = List.copyOf(errors);
  }

  public static InvalidInputException of(String field, String messageKey) {
    return new InvalidInputException(List.of(new FieldError(field, messageKey)));
  }

  @Override
  public Kind kind() {
    return Kind.INVALID;
  }

  @Override
  public List<FieldError> fieldErrors() {
    return errors;
  }

  /**
   * A field name the client sent, made safe to echo back in an error: letters, digits, {@code _}
   * and {@code -} only, at most 40 characters.
   */
  public static String plainFieldName(String name) {
    String plain = name == null ? "" : name.replaceAll("[^A-Za-z0-9_-]", "");
    return plain.length() > 40 ? plain.substring(0, 40) : plain;
  }
}
