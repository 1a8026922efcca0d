package io.shutterport.web.platform;

import java.util.List;

/**
 * An RFC 9457 problem document.
 *
 * @param type a URI for the kind of problem
 * @param title a short, fixed summary
 * @param status the HTTP status
 * @param detail a localised explanation
 * @param errors field-level problems
 * @param incident for an unexpected failure, the id it was logged under; otherwise null (absent)
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldProblem> errors,
    String incident) {

  public Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {
    this(type, title, status, detail, errors, null);
  }

  /**
   * One invalid field.
   *
   * @param field the field name
   * @param message the localised message
   */
  public record FieldProblem(String field, String message) {}
}
