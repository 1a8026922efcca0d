package io.shutterport.booking;

import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.ShutterportException.FieldError;
import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.Money;
import io.shutterport.spi.category.BookingContext;
import io.shutterport.spi.category.BookingField;
import io.shutterport.spi.category.EventCategory;
import io.shutterport.spi.category.EventCategoryProvider;
import io.shutterport.spi.category.FieldProblem;
import io.shutterport.spi.category.PriceHint;
import io.shutterport.tenant.TenantPlugins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the answers to a category's booking questions: first each field by its declared type,
 * pattern and choices (the core's part, the same for every plugin), then the category plugin's own
 * rules across fields and against the shoot date. Errors name the field as {@code details.<name>}.
 */
@ApplicationScoped
public class CategoryAnswers {
  static final int MAX_LENGTH = 200;
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");

  @Inject TenantPlugins plugins;

  /**
   * The answers to keep, trimmed, or errors added.
   *
   * @param categoryId the plan's category
   * @param given what the customer answered (null: nothing)
   * @param shootDate the shoot's local date; null when it was itself invalid (plugin rules wait)
   * @param price the plan's price
   * @param errors where problems go
   */
  Map<String, String> check(
      String categoryId,
      Map<String, String> given,
      LocalDate shootDate,
      Money price,
      List<FieldError> errors) {
    Map<String, String> answers = given == null ? Map.of() : given;
    Optional<EventCategory> category = plugins.anyCategory(categoryId);
    List<BookingField> fields = category.map(EventCategory::bookingFields).orElse(List.of());
    Map<String, String> kept = new LinkedHashMap<>();
    int before = errors.size();
    for (String name : answers.keySet()) {
      if (fields.stream().noneMatch(f -> f.name().equals(name))) {
        errors.add(
            new FieldError(
                "details." + InvalidInputException.plainFieldName(name),
                "validation.detailUnknown"));
      }
    }
    for (BookingField field : fields) {
      String value = answers.get(field.name());
      value = value == null ? "" : value.strip();
      if (value.isEmpty()) {
        if (field.required()) {
          errors.add(
              new FieldError(
                  "details." + field.name(),
                  "validation.detailRequired",
                  about(field, "「%s」に回答してください。", "Please answer \u201c%s\u201d.")));
        }
        continue;
      }
      if (!valid(field, value)) {
        errors.add(
            new FieldError(
                "details." + field.name(),
                "validation.detail",
                about(field, "「%s」の回答をご確認ください。", "Check your answer to \u201c%s\u201d.")));
        continue;
      }
      kept.put(field.name(), value);
    }
    if (errors.size() > before || shootDate == null || category.isEmpty()) {
      return kept;
    }
    BookingContext booking = new BookingContext(categoryId, kept, shootDate, price);
    for (FieldProblem problem :
        provider(categoryId)
            .map(p -> p.call("validate", c -> c.validate(booking)))
            .orElse(List.of())) {
      errors.add(
          new FieldError(
              "details." + InvalidInputException.plainFieldName(problem.field()),
              "validation.detail",
              texts(problem.message())));
    }
    return kept;
  }

  /** The category's price hint for valid answers, if it has one. */
  public Optional<PriceHint> hint(
      String categoryId, Map<String, String> answers, LocalDate shootDate, Money price) {
    BookingContext booking = new BookingContext(categoryId, answers, shootDate, price);
    return provider(categoryId).flatMap(p -> p.call("priceHint", c -> c.priceHint(booking)));
  }

  private Optional<io.shutterport.platform.plugin.PluginBinding<EventCategoryProvider>> provider(
      String categoryId) {
    return plugins.providerOf(categoryId);
  }

  private static boolean valid(BookingField field, String value) {
    if (value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
      return false;
    }
    boolean typed =
        switch (field.type()) {
          case TEXT -> true;
          case NUMBER -> INTEGER.matcher(value).matches();
          case DATE -> isDate(value);
          case CHOICE -> field.choices().stream().anyMatch(c -> c.value().equals(value));
        };
    return typed && (field.pattern() == null || matches(field.pattern(), value));
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean matches(String pattern, String value) {
    try {
      return Pattern.compile(pattern).matcher(value).matches();
    } catch (PatternSyntaxException e) {
      return false; // a plugin's broken pattern accepts nothing rather than everything
    }
  }

  /**
   * The message naming the question in each language the label has: the page shows answers to
   * plugin-defined questions in one list, so the message must say which one it is about.
   */
  private static Map<String, String> about(BookingField field, String ja, String en) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("ja", String.format(ja, field.label().in("ja")));
    texts.put("en", String.format(en, field.label().in("en")));
    return texts;
  }

  private static Map<String, String> texts(LocalizedText text) {
    return text == null ? Map.of() : text.byLanguage();
  }
}
