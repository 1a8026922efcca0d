package io.shutterport.plugin.category.wedding;

import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.Money;
import io.shutterport.spi.category.BookingContext;
import io.shutterport.spi.category.FieldProblem;
import io.shutterport.spi.category.PriceHint;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The categories' rules.
 *
 * <ul>
 *   <li>前撮り: the wedding date is after the shoot and at most two years later.
 *   <li>Maternity: the shoot falls in weeks 28–36 of the pregnancy, that is 4 to 12 weeks before
 *       the due date (a due date marks week 40).
 *   <li>Price: 前撮り in both kimono and dress suggests ¥20,000 for the change of attire.
 * </ul>
 */
final class WeddingRules {
  static final long CHANGE_OF_ATTIRE = 20_000;

  private WeddingRules() {}

  static List<FieldProblem> validate(BookingContext booking) {
    return switch (booking.categoryId()) {
      case WeddingCategories.MAEDORI -> maedori(booking);
      case WeddingCategories.MATERNITY -> maternity(booking);
      default -> List.of();
    };
  }

  static Optional<PriceHint> priceHint(BookingContext booking) {
    if (WeddingCategories.MAEDORI.equals(booking.categoryId())
        && WeddingCategories.BOTH.equals(booking.answers().get(WeddingCategories.ATTIRE))
        && booking.planPrice() != null
        && "JPY".equals(booking.planPrice().currency())) {
      return Optional.of(
          new PriceHint(
              Money.of(CHANGE_OF_ATTIRE, "JPY"),
              LocalizedText.of("和装と洋装のお色直し", "A change between kimono and dress")));
    }
    return Optional.empty();
  }

  private static List<FieldProblem> maedori(BookingContext booking) {
    String answer = booking.answers().get(WeddingCategories.WEDDING_DATE);
    if (answer == null) {
      return List.of(); // required: the core has already asked for it
    }
    LocalDate wedding = LocalDate.parse(answer);
    if (!wedding.isAfter(booking.shootDate())) {
      return List.of(
          new FieldProblem(
              WeddingCategories.WEDDING_DATE,
              LocalizedText.of(
                  "前撮りは挙式日より前の撮影です。挙式日は撮影日より後の日付にしてください。",
                  "A pre-wedding shoot comes before the wedding: the wedding date must be after"
                      + " the shoot.")));
    }
    if (wedding.isAfter(booking.shootDate().plusYears(2))) {
      return List.of(
          new FieldProblem(
              WeddingCategories.WEDDING_DATE,
              LocalizedText.of(
                  "前撮りは挙式の2年前からお受けしています。",
                  "Pre-wedding shoots are taken at most two years before the wedding.")));
    }
    return List.of();
  }

  private static List<FieldProblem> maternity(BookingContext booking) {
    String answer = booking.answers().get(WeddingCategories.DUE_DATE);
    if (answer == null) {
      return List.of();
    }
    long daysBefore = ChronoUnit.DAYS.between(booking.shootDate(), LocalDate.parse(answer));
    if (daysBefore >= 28 && daysBefore <= 84) {
      return List.of();
    }
    return List.of(
        new FieldProblem(
            WeddingCategories.DUE_DATE,
            LocalizedText.of(
                "マタニティフォトは妊娠28〜36週（出産予定日の4〜12週前）の撮影をおすすめしています。撮影日をご調整ください。",
                "Maternity shoots are taken in weeks 28 to 36 (4 to 12 weeks before the due"
                    + " date). Please choose another shoot date.")));
  }
}
