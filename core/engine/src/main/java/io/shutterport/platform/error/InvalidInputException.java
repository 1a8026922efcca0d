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
}
