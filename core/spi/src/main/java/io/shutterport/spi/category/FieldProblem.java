package io.shutterport.spi.category;

import io.shutterport.spi.LocalizedText;
import java.util.Objects;

/**
 * Why a booking answer is not accepted, in the customer's words.
 *
 * @param field the {@link BookingField#name()} it concerns
 * @param message what is wrong and how to put it right, localised
 */
public record FieldProblem(String field, LocalizedText message) {
  public FieldProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
